package dev.focus.bench;

import dev.focus.resources.FocusResources;
import dev.focus.resources.FunctionDefinition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** A function under benchmark: its built deployment jar and its handler. */
record BenchFunction(String name, Path jar, String handler, String module) {

    static final String HELLO = "hello";
    static final String IDENTITY = "identity";
    static final String ROOMS = "rooms";
    static final String ROOMS_WORKER = "rooms-worker";
    static final String REALTIME = "realtime";
    static final String REALTIME_WORKER = "realtime-worker";
    /** The bare Micronaut handler of the hello baseline; Focus's own HTTP functions use the kernel's HttpApiFunction. */
    static final String HTTP_API_HANDLER = "io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction";

    static BenchFunction named(String name, Path root) {
        return switch (name) {
            case HELLO -> new BenchFunction(HELLO, jarOf(HELLO, root.resolve("bench/hello-function/target/focus-hello-lambda.jar")),
                    HTTP_API_HANDLER, "bench/hello-function");
            case IDENTITY -> of(FocusResources.IDENTITY, root);
            case ROOMS -> of(FocusResources.ROOMS, root);
            case ROOMS_WORKER -> of(FocusResources.ROOMS_WORKER, root);
            case REALTIME -> of(FocusResources.REALTIME, root);
            case REALTIME_WORKER -> of(FocusResources.REALTIME_WORKER, root);
            default -> throw new IllegalArgumentException("Unknown function " + name
                    + " (known: hello, identity, rooms, rooms-worker, realtime, realtime-worker)");
        };
    }

    /** The rooms HTTP function, for the rooms benchmarks. */
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

    /** Whether API Gateway's WebSocket API calls it ($connect and message events). */
    boolean answersWebSocket() {
        return FocusResources.REALTIME.handler().equals(handler);
    }

    /** Whether API Gateway calls it (HTTP API v2 events); otherwise a queue does (SQS events). */
    boolean answersHttp() {
        return HTTP_API_HANDLER.equals(handler) || FocusResources.ROOMS.handler().equals(handler);
    }

    /** Whether it reaches the emulators of {@code LocalCloud} (hello needs nothing). */
    boolean needsCloud() {
        return !HELLO.equals(name);
    }

    /**
     * The same function served from a copy of its jar in {@code directory}: rebuilding the module during a run
     * would otherwise swap the jar between cells (and invalidate the CDS archives trained on it).
     */
    BenchFunction copiedTo(Path directory) throws IOException {
        Path copy = directory.resolve(name + ".jar");
        Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        return new BenchFunction(name, copy, handler, module);
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
