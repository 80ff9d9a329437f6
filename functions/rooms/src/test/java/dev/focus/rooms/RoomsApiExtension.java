package dev.focus.rooms;

import dev.focus.testkit.LocalCloudExtension;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ModifierSupport;
import org.junit.platform.commons.support.ReflectionSupport;

import java.lang.reflect.Field;
import java.util.List;

/** Starts a {@link RoomsApi} on the JVM's LocalCloud into the test class's static field, and closes it after. */
final class RoomsApiExtension implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        RoomsApi api = RoomsApi.start(LocalCloudExtension.localCloud(context));
        for (Field field : apiFields(context)) {
            field.setAccessible(true);
            field.set(null, api);
        }
        context.getStore(ExtensionContext.Namespace.create(RoomsApiExtension.class)).put(RoomsApi.class, api);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        RoomsApi api = context.getStore(ExtensionContext.Namespace.create(RoomsApiExtension.class)).get(RoomsApi.class, RoomsApi.class);
        if (api != null) {
            api.close();
        }
    }

    private static List<Field> apiFields(ExtensionContext context) {
        return ReflectionSupport.findFields(context.getRequiredTestClass(),
                field -> field.getType() == RoomsApi.class && ModifierSupport.isStatic(field),
                HierarchyTraversalMode.TOP_DOWN);
    }
}
