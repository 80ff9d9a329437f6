package dev.focus.bench;

import dev.focus.resources.FocusResources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A function under benchmark: its built deployment jar and its handler. */
record BenchFunction(String name, Path jar, String handler, String module) {

    static final String HELLO = "hello";
    static final String IDENTITY = "identity";
    static final String HTTP_API_HANDLER = "io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction";

    static BenchFunction named(String name, Path root) {
        return switch (name) {
            case HELLO -> new BenchFunction(HELLO, jarOf(HELLO, root.resolve("bench/hello-function/target/focus-hello-lambda.jar")),
                    HTTP_API_HANDLER, "bench/hello-function");
            case IDENTITY -> new BenchFunction(IDENTITY, jarOf(IDENTITY, root.resolve(FocusResources.IDENTITY.jar())),
                    FocusResources.IDENTITY.handler(), FocusResources.IDENTITY.module());
            default -> throw new IllegalArgumentException("Unknown function " + name + " (known: hello, identity)");
        };
    }

    /** The functions named, each jar overridable with {@code -Dfocus.bench.<name>-jar=<path>}. */
    static List<BenchFunction> named(List<String> names, Path root) {
        return names.stream().map(name -> named(name, root)).toList();
    }

    private static Path jarOf(String name, Path standard) {
        String override = System.getProperty("focus.bench." + name + "-jar");
        return override == null ? standard : Path.of(override).toAbsolutePath();
    }

    boolean built() {
        return Files.isRegularFile(jar);
    }

    String missingMessage() {
        return name + ": no deployment jar at " + jar + " -- build it with `./mvnw -o -q package -pl " + module
                + " -DskipTests`; skipping " + name;
    }
}
