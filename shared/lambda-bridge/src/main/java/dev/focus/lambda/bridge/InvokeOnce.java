package dev.focus.lambda.bridge;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * A cold start in a fresh JVM: builds the handler, answers the event (once, or {@code count} times),
 * prints the last response JSON to stdout (and to the file named by {@value #RESPONSE_FILE_PROPERTY}, if set)
 * and one timing line to stderr:
 * <pre>focus-timings init_ms=812.4 first_invoke_ms=95.1 last_invoke_ms=0.9 invokes=1 jvm_to_main_ms=60 jvm_to_response_ms=970 spawn_to_response_ms=981</pre>
 * {@code jvm_*} figures count from the JVM's own start time (milliseconds);
 * {@code spawn_to_response_ms} counts from the launcher's clock in {@value #SPAWNED_AT_PROPERTY}, when given.
 * <p>
 * Usage: {@code java -cp function.jar:bridge-classpath dev.focus.lambda.bridge.InvokeOnce <handler> <event.json> [count]}
 */
public final class InvokeOnce {

    public static final String TIMINGS_PREFIX = "focus-timings ";
    public static final String SPAWNED_AT_PROPERTY = "focus.bridge.spawned-at-epoch-ms";
    public static final String FUNCTION_NAME_PROPERTY = "focus.bridge.function-name";
    /** Where to write the response too: stdout also carries whatever the function logs. */
    public static final String RESPONSE_FILE_PROPERTY = "focus.bridge.response-file";

    private InvokeOnce() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: InvokeOnce <handler> <event.json> [count]");
            System.exit(2);
        }
        try {
            run(args);
        } catch (RuntimeException | Error e) {
            // the handler's threads may keep the JVM alive: report and leave, as a crashed sandbox would
            e.printStackTrace();
            System.exit(1);
        }
        // Like a Lambda sandbox that is frozen, not shut down: skip the handler's own close().
        System.exit(0);
    }

    private static void run(String[] args) throws IOException {
        Clock clock = Clock.systemUTC();
        Instant mainStarted = clock.instant();
        String event = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        int count = args.length == 3 ? Integer.parseInt(args[2]) : 1;
        String functionName = System.getProperty(FUNCTION_NAME_PROPERTY, "function");

        long initStart = System.nanoTime();
        LambdaBridge bridge = LambdaBridge.forHandler(args[0]);
        long initEnd = System.nanoTime();
        String response = bridge.invoke(event, functionName);
        long firstEnd = System.nanoTime();
        Instant firstResponse = clock.instant();
        long lastStart = initEnd;
        for (int i = 1; i < count; i++) {
            lastStart = System.nanoTime();
            response = bridge.invoke(event, functionName);
        }
        long lastEnd = System.nanoTime();

        System.out.println(response);
        System.out.flush();
        String responseFile = System.getProperty(RESPONSE_FILE_PROPERTY);
        if (responseFile != null) {
            Files.writeString(Path.of(responseFile), response, StandardCharsets.UTF_8);
        }
        System.err.println(TIMINGS_PREFIX + timings(mainStarted, firstResponse, initStart, initEnd, firstEnd, lastStart, lastEnd, count));
        System.err.flush();
    }

    private static String timings(Instant mainStarted, Instant firstResponse, long initStart, long initEnd,
                                  long firstEnd, long lastStart, long lastEnd, int count) {
        var line = new StringBuilder()
                .append("init_ms=").append(millis(initEnd - initStart))
                .append(" first_invoke_ms=").append(millis(firstEnd - initEnd))
                .append(" last_invoke_ms=").append(millis(lastEnd - lastStart))
                .append(" invokes=").append(count);
        // read only now: loading java.management earlier would slow the start being measured
        var jvmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        line.append(" jvm_to_main_ms=").append(Duration.between(jvmStart, mainStarted).toMillis())
                .append(" jvm_to_response_ms=").append(Duration.between(jvmStart, firstResponse).toMillis());
        String spawnedAt = System.getProperty(SPAWNED_AT_PROPERTY);
        if (spawnedAt != null) {
            line.append(" spawn_to_response_ms=").append(firstResponse.toEpochMilli() - Long.parseLong(spawnedAt));
        }
        return line.toString();
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1_000_000.0);
    }
}
