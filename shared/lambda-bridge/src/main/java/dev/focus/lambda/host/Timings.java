package dev.focus.lambda.host;

import dev.focus.lambda.bridge.InvokeOnce;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The child JVM's own figures, from its {@code focus-timings} line (all in milliseconds):
 * building the handler, the first and the last invocation, and from process start (or spawn) to the first response.
 */
public record Timings(double initMs, double firstInvokeMs, double lastInvokeMs, int invokes,
                      double jvmToMainMs, double jvmToResponseMs, OptionalDouble spawnToResponseMs) {

    static Timings parse(String stderr) {
        String line = stderr.lines().filter(l -> l.startsWith(InvokeOnce.TIMINGS_PREFIX)).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalArgumentException("No timing line in the child's stderr:\n" + stderr));
        Map<String, Double> values = new HashMap<>();
        for (String pair : line.substring(InvokeOnce.TIMINGS_PREFIX.length()).trim().split("\\s+")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), Double.parseDouble(pair.substring(eq + 1)));
        }
        return new Timings(values.get("init_ms"), values.get("first_invoke_ms"), values.get("last_invoke_ms"),
                values.get("invokes").intValue(), values.get("jvm_to_main_ms"),
                values.get("jvm_to_response_ms"), optional(values, "spawn_to_response_ms"));
    }

    private static OptionalDouble optional(Map<String, Double> values, String key) {
        Double value = values.get(key);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
