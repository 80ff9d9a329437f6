package dev.focus.testkit;

import dev.focus.emulators.LocalCloud;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ModifierSupport;
import org.junit.platform.commons.support.ReflectionSupport;

import java.lang.reflect.Field;
import java.util.List;

/**
 * Starts one in-memory {@link LocalCloud} per test JVM, on first use, and stops it when the JVM's tests are done
 * (it lives in the root context's store). Hands it to test constructors, methods and {@code LocalCloud} fields.
 */
public final class LocalCloudExtension implements BeforeAllCallback, TestInstancePostProcessor, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalCloudExtension.class);

    /** The JVM's LocalCloud, started on first call; for code that is not a JUnit test (e.g. a static factory). */
    public static LocalCloud localCloud(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(RunningCloud.class, key -> new RunningCloud(LocalCloud.start(LocalCloud.Options.inMemory())),
                        RunningCloud.class)
                .cloud();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        for (Field field : cloudFields(context.getRequiredTestClass(), true)) {
            field.setAccessible(true);
            field.set(null, localCloud(context));
        }
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws IllegalAccessException {
        for (Field field : cloudFields(testInstance.getClass(), false)) {
            field.setAccessible(true);
            field.set(testInstance, localCloud(context));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == LocalCloud.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return localCloud(extensionContext);
    }

    private static List<Field> cloudFields(Class<?> testClass, boolean statics) {
        return ReflectionSupport.findFields(testClass,
                field -> field.getType() == LocalCloud.class && ModifierSupport.isStatic(field) == statics
                        && !ModifierSupport.isFinal(field),
                HierarchyTraversalMode.TOP_DOWN);
    }

    private record RunningCloud(LocalCloud cloud) implements AutoCloseable {

        @Override
        public void close() {
            cloud.close();
        }
    }
}
