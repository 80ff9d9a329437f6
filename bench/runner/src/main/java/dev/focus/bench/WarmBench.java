package dev.focus.bench;

import dev.focus.emulators.ApiGatewayHttpEvents;
import dev.focus.lambda.host.FreshJvm;
import dev.focus.lambda.host.IsolatedFunction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Warm latency: 100,000 events through one hosted handler (a route that needs no database), p50/p99 per
 * block of 10,000, with the kernel's Lambda-context fix and without it. System properties are JVM-wide, so
 * each variant runs in its own child JVM ({@code --child}); this process starts them one after the other
 * and prints their blocks side by side.
 * <p>
 * {@code bench/run warm [--functions hello,identity] [--events 100000] [--block 10000] [--max-seconds 180]
 * [--db-events 10000]}
 */
public final class WarmBench {

    static final String LINE_PREFIX = "warm-bench ";
    static final String NO_FIX_PROPERTY = "focus.lambda.register-context-singletons";

    private WarmBench() {
    }

    enum Variant {
        FIX("with the context fix", List.of()),
        NO_FIX("without (register-context-singletons=true)", List.of("-D" + NO_FIX_PROPERTY + "=true"));

        final String label;
        final List<String> flags;

        Variant(String label, List<String> flags) {
            this.label = label;
            this.flags = flags;
        }
    }

    /** One block of a route's events as the child reports it. */
    record Block(String route, int index, int events, double p50, double p99, double max, double heapMb) {
    }

    public static void main(String[] args) throws Exception {
        var options = Args.parse(args);
        if (options.has("child")) {
            // the emulators leave non-daemon threads behind: leave explicitly, failed or not
            try {
                WarmChild.run(options);
            } catch (RuntimeException e) {
                e.printStackTrace();
                System.exit(1);
            }
            System.exit(0);
        }
        Path root = Repository.root();
        for (var function : BenchFunction.named(options.list("functions", "hello,identity"), root)) {
            if (!function.name().equals(BenchFunction.HELLO) && !function.name().equals(BenchFunction.IDENTITY)) {
                throw new IllegalArgumentException("warm measures hello and identity; for rooms see bench/run rooms-warm");
            }
            if (!function.built()) {
                System.out.println(function.missingMessage());
                continue;
            }
            Map<Variant, List<Block>> results = new LinkedHashMap<>();
            for (var variant : Variant.values()) {
                System.out.printf("%s %s: running...%n", function.name(), variant.label);
                results.put(variant, runChild(root, function, variant, args));
            }
            print(function, results);
        }
    }

    private static List<Block> runChild(Path root, BenchFunction function, Variant variant, String[] args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(FreshJvm.currentJava().toString());
        command.add("-Xmx1g");
        command.addAll(variant.flags);
        command.add("-Dfocus.repo=" + root);
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("focus.bench.") || name.equals("logback.configurationFile"))
                .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(WarmBench.class.getName());
        command.addAll(List.of(args));
        command.addAll(List.of("--child", function.name()));
        Path output = Files.createTempFile("warm-bench-" + function.name(), ".log");
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            int exit = process.waitFor();
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            if (exit != 0) {
                throw new IllegalStateException("The " + variant + " child for " + function.name() + " exited with " + exit
                        + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())));
            }
            List<Block> blocks = new ArrayList<>();
            for (String line : lines) {
                if (line.startsWith(LINE_PREFIX)) {
                    System.out.println("  " + line);
                    blocks.addAll(parse(line));
                }
            }
            return blocks;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static List<Block> parse(String line) {
        String[] f = line.substring(LINE_PREFIX.length()).trim().split("\\s+");
        if (!f[0].equals("block")) {
            return List.of();
        }
        return List.of(new Block(f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), Double.parseDouble(f[4]),
                Double.parseDouble(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7])));
    }

    private static void print(BenchFunction function, Map<Variant, List<Block>> results) {
        var routes = results.values().stream().flatMap(List::stream).map(Block::route).distinct().toList();
        for (String route : routes) {
            System.out.println();
            System.out.printf("%s %s -- µs per event, p50 / p99 per block (heap MB after the block)%n", function.name(),
                    route.replace('_', ' '));
            System.out.printf(Locale.ROOT, "%-6s %-8s", "block", "events");
            for (var variant : results.keySet()) {
                System.out.printf(Locale.ROOT, " | %-44s", variant.label);
            }
            System.out.println();
            int blocks = results.values().stream().mapToInt(list -> (int) list.stream().filter(b -> b.route().equals(route)).count())
                    .max().orElse(0);
            for (int i = 0; i < blocks; i++) {
                int index = i;
                int events = results.values().stream().flatMap(List::stream)
                        .filter(b -> b.route().equals(route) && b.index() == index).mapToInt(Block::events).max().orElse(0);
                System.out.printf(Locale.ROOT, "%-6d %-8d", i + 1, events);
                for (var list : results.values()) {
                    var block = list.stream().filter(b -> b.route().equals(route) && b.index() == index).findFirst();
                    System.out.printf(Locale.ROOT, " | %-44s", block
                            .map(b -> String.format(Locale.ROOT, "%8.1f / %9.1f  (%4.0f MB)%s", b.p50(), b.p99(), b.heapMb(),
                                    b.events() < events ? " partial" : ""))
                            .orElse("   (stopped: time limit)"));
                }
                System.out.println();
            }
            for (var entry : results.entrySet()) {
                var mine = entry.getValue().stream().filter(b -> b.route().equals(route)).toList();
                if (mine.isEmpty()) {
                    continue;
                }
                var first = mine.getFirst();
                var last = mine.getLast();
                System.out.printf(Locale.ROOT, "%s: %d events; p50 first block %.1f µs, last block %.1f µs; p50 < 100 µs in the"
                                + " last block: %s; last block no slower than the first: %s%n",
                        entry.getKey().label, mine.stream().mapToInt(Block::events).sum(), first.p50(), last.p50(),
                        last.p50() < 100 ? "yes" : "NO",
                        mine.size() < 2 ? "n/a (one block)" : last.p50() <= first.p50() ? "yes" : "NO");
            }
        }
    }

    /** The child: hosts one function and fires the events at it. */
    static final class WarmChild {

        private WarmChild() {
        }

        static void run(Args options) {
            var function = BenchFunction.named(options.text("child", ""), Repository.root());
            int events = options.number("events", 100_000);
            int block = options.number("block", 10_000);
            long deadline = System.nanoTime() + options.number("max-seconds", 180) * 1_000_000_000L;
            IdentityScenario identity = null;
            try {
                if (function.name().equals(BenchFunction.IDENTITY)) {
                    identity = IdentityScenario.start();
                    identity.settings().forEach(System::setProperty);
                }
                try (var hosted = IsolatedFunction.load(function.name(), function.jar(), function.handler())) {
                    report("init %s %.1f ms", function.name(), hosted.initDuration().toNanos() / 1e6);
                    if (identity == null) {
                        fire(hosted, "GET /hello", ApiGatewayHttpEvents.get("/hello"), 200, events, block, deadline);
                    } else {
                        fire(hosted, "GET /api/v1/auth/me (no token)", identity.meWithoutTokenEvent(), 401, events, block, deadline);
                        int dbEvents = options.number("db-events", 10_000);
                        if (dbEvents > 0) {
                            String token = signIn(hosted, identity);
                            fire(hosted, "GET " + IdentityScenario.PROFILE + " (database)", identity.profileEvent(token), 200,
                                    dbEvents, Math.max(1, dbEvents / 10), System.nanoTime() + options.number("max-seconds", 180) * 1_000_000_000L);
                        }
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } finally {
                if (identity != null) {
                    identity.close();
                }
            }
        }

        private static String signIn(IsolatedFunction hosted, IdentityScenario identity) {
            var registered = ApiGatewayHttpEvents.parse(hosted.invoke(identity.registerEvent()));
            if (registered.statusCode() / 100 != 2) {
                throw new IllegalStateException("register answered " + registered.statusCode() + ": " + registered.bodyText());
            }
            var login = ApiGatewayHttpEvents.parse(hosted.invoke(identity.loginEvent()));
            if (login.statusCode() != 200) {
                throw new IllegalStateException("login answered " + login.statusCode() + ": " + login.bodyText());
            }
            return IdentityScenario.accessTokenIn(login.bodyText());
        }

        private static void fire(IsolatedFunction hosted, String route, String event, int status, int events, int block,
                                 long deadline) {
            String route1 = route.replace(' ', '_');
            String expected = "{\"statusCode\":" + status + ",";
            long[] nanos = new long[block];
            int inBlock = 0;
            int blockIndex = 0;
            for (int i = 0; i < events; i++) {
                long start = System.nanoTime();
                String response = hosted.invoke(event);
                long took = System.nanoTime() - start;
                if (!response.startsWith(expected)) {
                    throw new IllegalStateException(route + " answered " + response + " instead of " + status);
                }
                nanos[inBlock++] = took;
                boolean late = System.nanoTime() > deadline;
                if (inBlock == block || i == events - 1 || late) {
                    var stats = Stats.of(nanos, inBlock);
                    var runtime = Runtime.getRuntime();
                    report("block %s %d %d %.1f %.1f %.1f %.0f", route1, blockIndex++, inBlock, stats.median() / 1000,
                            stats.percentile(99) / 1000, stats.max() / 1000,
                            (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0);
                    inBlock = 0;
                }
                if (late) {
                    report("stopped %s after %d events: time limit", route1, i + 1);
                    return;
                }
            }
        }

        private static void report(String format, Object... values) {
            System.out.println(LINE_PREFIX + String.format(Locale.ROOT, format, values));
            System.out.flush();
        }
    }
}
