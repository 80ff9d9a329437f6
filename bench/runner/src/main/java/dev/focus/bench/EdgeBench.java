package dev.focus.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.focus.kernel.json.StrictJsonReader;
import io.micronaut.core.type.Argument;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What strict JSON at the edge costs per request: the kernel's StrictJsonReader (UTF-8 check, one streaming parse
 * with duplicate detection, the text rules on every string, the type walk) against a plain Jackson tree parse of
 * the same bytes, interleaved in one run so both meet the same machine. Bodies are the API's own shapes.
 * {@code bench/run edge [--rounds 200000] [--warmup 50000]}
 */
public final class EdgeBench {

    private static final Argument<?> OBJECT = Argument.mapOf(String.class, Object.class);

    private EdgeBench() {
    }

    public static void main(String[] args) throws Exception {
        Args options = Args.parse(args);
        int rounds = options.number("rounds", 200_000);
        int warmup = options.number("warmup", 50_000);
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("create room (" + size(createRoom()) + " B)", createRoom());
        bodies.put("register (" + size(register()) + " B)", register());
        String bio = "Deep work, every morning. ".repeat(20);
        bodies.put("profile patch with a 500-character bio", json("{\"bio\":\"" + bio.substring(0, 500)
                + "\",\"timezone\":\"Europe/Paris\",\"email_preferences\":{\"reminders\":true,\"weekly_digest\":false}}"));
        bodies.put("one 60 KB string", json("{\"bio\":\"" + "x".repeat(60_000) + "\"}"));

        StrictJsonReader strict = new StrictJsonReader();
        ObjectMapper jackson = new ObjectMapper();
        System.out.printf("%-42s %14s %14s %14s %14s%n", "body", "strict p50 µs", "strict p99 µs", "jackson p50 µs",
                "jackson p99 µs");
        for (Map.Entry<String, byte[]> body : bodies.entrySet()) {
            byte[] bytes = body.getValue();
            int n = bytes.length > 10_000 ? Math.max(1_000, rounds / 50) : rounds;
            for (int i = 0; i < warmup; i++) {
                strict.read(bytes, OBJECT);
                jackson.readTree(bytes);
            }
            long[] strictNanos = new long[n];
            long[] jacksonNanos = new long[n];
            for (int i = 0; i < n; i++) {
                long start = System.nanoTime();
                if (!(strict.read(bytes, OBJECT) instanceof StrictJsonReader.Verdict.Accepted)) {
                    throw new IllegalStateException("the bench body was refused: " + body.getKey());
                }
                long middle = System.nanoTime();
                jackson.readTree(bytes);
                long end = System.nanoTime();
                strictNanos[i] = middle - start;
                jacksonNanos[i] = end - middle;
            }
            Stats s = Stats.of(strictNanos, n);
            Stats j = Stats.of(jacksonNanos, n);
            System.out.printf("%-42s %14.2f %14.2f %14.2f %14.2f%n", body.getKey(), s.median() / 1000, s.percentile(99) / 1000,
                    j.median() / 1000, j.percentile(99) / 1000);
        }
    }

    private static byte[] createRoom() {
        return json("{\"name\":\"Deep work \u2014 mornings \uD83C\uDF45\",\"work_duration\":25,\"break_duration\":5,"
                + "\"long_break_duration\":15,\"long_break_every\":4,\"auto_start_break\":true,\"auto_start_work\":false,"
                + "\"max_participants\":20,\"visibility\":\"private\"}");
    }

    private static byte[] register() {
        return json("{\"email\":\"ada@example.com\",\"username\":\"ada_lovelace\",\"password\":\"correct horse battery\"}");
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static int size(byte[] bytes) {
        return bytes.length;
    }
}
