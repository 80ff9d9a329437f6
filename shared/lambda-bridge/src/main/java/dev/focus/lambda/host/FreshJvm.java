package dev.focus.lambda.host;

import dev.focus.lambda.bridge.InvokeOnce;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real cold start: a new JVM ({@code java -cp <jar>:<bridge> InvokeOnce ...}) builds the handler and
 * answers the event, then exits. For smoke tests of a built deployment jar and for cold-start benchmarks.
 */
public final class FreshJvm {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private FreshJvm() {
    }

    /**
     * The outcome of one fresh JVM: the last response, the child's own timings, the wall time seen from here
     * (spawn to exit), and what the child printed (function logs go to stdout, timings to stderr).
     */
    public record Result(String responseJson, Timings timings, double wallMillis, String stdout, String stderr) {
    }

    /** Runs the handler once in a fresh JVM of this JVM's own {@code java}, with no extra flags. */
    public static Result run(Path jar, String handler, String eventJson) {
        return run(currentJava(), jar, handler, eventJson, Map.of(), List.of(), 1);
    }

    /**
     * Runs {@code java [jvmFlags] [-Dk=v...] -cp jar:bridge InvokeOnce handler event count}.
     * Throws {@link FunctionInvocationException} with the child's stderr if it fails or times out.
     */
    public static Result run(Path java, Path jar, String handler, String eventJson, Map<String, String> systemProperties,
                             List<String> jvmFlags, int count) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("No deployment jar at " + jar.toAbsolutePath() + " (build its module first)");
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("fresh-jvm");
            Path event = Files.writeString(work.resolve("event.json"), eventJson, StandardCharsets.UTF_8);
            Path out = work.resolve("stdout");
            Path err = work.resolve("stderr");
            Path response = work.resolve("response.json");
            var properties = new java.util.LinkedHashMap<>(systemProperties);
            properties.put(InvokeOnce.RESPONSE_FILE_PROPERTY, response.toString());
            var command = command(java, jar, handler, event, properties, jvmFlags, count);
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            boolean exited = process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            double wallMillis = (System.nanoTime() - start) / 1_000_000.0;
            if (!exited) {
                process.destroyForcibly();
                throw failure("timed out after " + TIMEOUT, command, err);
            }
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw failure("exited with " + process.exitValue(), command, err);
            }
            return new Result(Files.readString(response, StandardCharsets.UTF_8), Timings.parse(stderr), wallMillis,
                    Files.readString(out, StandardCharsets.UTF_8), stderr);
        } catch (IOException e) {
            throw new FunctionInvocationException("Could not run a fresh JVM for " + jar, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FunctionInvocationException("Interrupted while waiting for a fresh JVM for " + jar, e);
        } finally {
            deleteQuietly(work);
        }
    }

    /** The {@code java} of the JVM running this code (for tests: the toolchain JDK, not the one Maven runs on). */
    public static Path currentJava() {
        return ProcessHandle.current().info().command().map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    static List<String> command(Path java, Path jar, String handler, Path event, Map<String, String> systemProperties,
                                List<String> jvmFlags, int count) {
        var command = new ArrayList<String>();
        command.add(java.toString());
        command.addAll(jvmFlags);
        systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-D" + InvokeOnce.SPAWNED_AT_PROPERTY + "=" + Clock.systemUTC().millis());
        command.add("-cp");
        command.add(BridgeClasspath.withFunctionJar(jar));
        command.add(InvokeOnce.class.getName());
        command.add(handler);
        command.add(event.toString());
        command.add(Integer.toString(count));
        return command;
    }

    private static FunctionInvocationException failure(String what, List<String> command, Path err) throws IOException {
        String stderr = Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8) : "";
        return new FunctionInvocationException("Fresh JVM " + what + ": " + String.join(" ", command)
                + "\n--- stderr ---\n" + tail(stderr), null);
    }

    private static String tail(String text) {
        int max = 20_000;
        return text.length() <= max ? text : "..." + text.substring(text.length() - max);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temp dir is harmless; the result matters more than the clean-up
        }
    }
}
