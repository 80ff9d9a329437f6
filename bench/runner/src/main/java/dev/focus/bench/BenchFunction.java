package dev.focus.bench;

import dev.focus.resources.FocusResources;
import dev.focus.resources.FunctionDefinition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
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
            case IDENTITY -> of(FocusResources.IDENTITY, root);
            default -> throw new IllegalArgumentException("Unknown function " + name + " (known: hello, identity)");
        };
    }

    /** The rooms HTTP function, for the rooms benchmarks (not one of cold's and warm's {@code --functions}). */
    static BenchFunction rooms(Path root) {
        return of(FocusResources.ROOMS, root);
    }

    private static BenchFunction of(FunctionDefinition definition, Path root) {
        return new BenchFunction(definition.name(), jarOf(definition.name(), root.resolve(definition.jar())),
                definition.handler(), definition.module());
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

    /** The jar and when it was built, so that printed figures say what they measured. */
    String provenance() {
        try {
            return jar + " (built " + Files.getLastModifiedTime(jar).toInstant().truncatedTo(ChronoUnit.SECONDS) + ")";
        } catch (IOException e) {
            return jar + " (unreadable: " + e.getMessage() + ")";
        }
    }

    String missingMessage() {
        return name + ": no deployment jar at " + jar + " -- build it with `./mvnw -o -q package -pl " + module
                + " -DskipTests`; skipping " + name;
    }
}
