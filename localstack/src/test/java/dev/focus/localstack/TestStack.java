package dev.focus.localstack;

import dev.focus.localstack.fixture.EchoHandler;
import dev.focus.resources.HttpRoute;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One real stack for the whole test run (the emulators take seconds to start): two test functions packed from
 * {@link EchoHandler} into their own jar, plus Focus's own functions when their jars have been built.
 * Test classes get it as a parameter; JUnit closes it after the last test.
 */
record TestStack(LocalStack stack, boolean focusFunctionsBuilt, Path fixtureDir) implements AutoCloseable {

    static final Path ROOT = StackOptions.findRepositoryRoot(Path.of(""));
    static final String ECHO_OPENAPI = "openapi: 3.0.1\ninfo:\n  title: echo\n  version: \"1.0\"\npaths: {}\n";

    /**
     * Skips a test that needs Focus's function jars when they are not built (a run of this module alone), but fails
     * it in CI, where the whole reactor builds them first: an acceptance test must not pass by being skipped.
     */
    void requireFocusFunctions() {
        String missing = "the function jars are not built (" + LocalStack.focusFunctions(ROOT).stream()
                .map(f -> f.jar().toString()).toList() + "): build them with ./mvnw install -DskipTests";
        if (!focusFunctionsBuilt && System.getenv("CI") != null) {
            throw new AssertionError("In CI " + missing);
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(focusFunctionsBuilt, () -> "Skipped: " + missing);
    }

    URI uri(String pathAndQuery) {
        return URI.create(stack.baseUri() + pathAndQuery);
    }

    static TestStack start() {
        try {
            Path dir = Files.createTempDirectory("focus-localstack-test");
            // with an OpenAPI document where micronaut-openapi generates it at build time
            Path echoJar = FixtureJars.jarOf(dir, "echo",
                    Map.of("META-INF/swagger/echo-1.0.yml", ECHO_OPENAPI.getBytes(StandardCharsets.UTF_8)), EchoHandler.class);
            var functions = new ArrayList<HostedFunction>();
            functions.add(new HostedFunction("echo", echoJar, EchoHandler.class.getName(),
                    List.of(new HttpRoute("GET", "/echo/items/{id}"), HttpRoute.any("/echo/{proxy+}")), Set.of(),
                    "(packed by the test)"));
            functions.add(new HostedFunction("other", echoJar, EchoHandler.class.getName(),
                    List.of(HttpRoute.any("/other/{proxy+}")), Set.of(), "(packed by the test)"));
            List<HostedFunction> focus = LocalStack.focusFunctions(ROOT);
            boolean built = focus.stream().allMatch(f -> Files.isRegularFile(f.jar()));
            if (built) {
                functions.addAll(focus);
            }
            return new TestStack(LocalStack.start(StackOptions.ephemeral(ROOT), functions), built, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        stack.close();
        try (var files = Files.walk(fixtureDir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Resolves a {@link TestStack} parameter to the one shared stack. */
    static final class Extension implements ParameterResolver {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestStack.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestStack.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(NAMESPACE)
                    .getOrComputeIfAbsent(TestStack.class, key -> TestStack.start(), TestStack.class);
        }
    }
}
