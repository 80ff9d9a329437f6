package dev.focus.bench;

import dev.focus.emulators.Json;
import dev.focus.emulators.ApiGatewayHttpEvents;
import dev.focus.emulators.LocalCloud;
import dev.focus.lambda.host.BridgeClasspath;
import dev.focus.lambda.host.FreshJvm;
import dev.focus.resources.FocusResources;
import dev.focus.resources.Setting;
import dev.focus.lambda.host.FunctionInvocationException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Cold starts side by side: for every function and JVM mode, N fresh JVMs that build the handler and answer
 * one event, interleaved round-robin so that the machine's noise spreads evenly over all cells.
 * <p>
 * {@code bench/run cold [--runs 10] [--functions hello,identity,rooms,rooms-worker,realtime,realtime-worker] [--modes default,c1,appcds,aot] [--migrate-on-start false] [--identity-event login|profile] [--identity-properties k=v,...]}
 */
public final class ColdStartBench {

    private record Cell(BenchFunction function, JvmMode mode, List<String> flags) {
    }

    private record Sample(double spawnToResponse, double init, double firstInvoke, double wall) {
    }

    private ColdStartBench() {
    }

    public static void main(String[] args) {
        // the emulators leave non-daemon threads behind: leave explicitly, failed or not
        try {
            run(Args.parse(args));
        } catch (IOException | InterruptedException | RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(Args options) throws IOException, InterruptedException {
        int runs = options.number("runs", 10);
        Path root = Repository.root();
        Path java = FreshJvm.currentJava();
        Path workDir = Files.createDirectories(root.resolve("bench/runner/target/cold-start"));

        List<BenchFunction> functions = new ArrayList<>();
        for (var function : BenchFunction.named(options.list("functions", "hello,identity"), root)) {
            if (!function.built()) {
                System.out.println(function.missingMessage());
            } else if (function.module().equals(FocusResources.ROOMS.module())
                    || function.module().equals(FocusResources.REALTIME.module())) {
                // these modules are rebuilt often while people work: measure one build throughout
                System.out.println(function.name() + ": measuring a copy of " + function.provenance());
                functions.add(function.copiedTo(workDir));
            } else {
                functions.add(function);
            }
        }
        List<JvmMode> modes = supportedModes(options.list("modes", "default,c1,appcds,aot"), java);
        System.out.printf(Locale.ROOT, "java: %s (%s), %d runs per cell%n", java, Runtime.version(), runs);

        LocalCloud cloud = null;
        try {
            Map<String, Map<String, String>> properties = new LinkedHashMap<>();
            Map<String, Supplier<String>> events = new LinkedHashMap<>();
            for (var function : functions) {
                properties.put(function.name(), Map.of("focus.bridge.function-name", function.name()));
            }
            events.put(BenchFunction.HELLO, () -> ApiGatewayHttpEvents.get("/hello"));
            if (functions.stream().anyMatch(BenchFunction::needsCloud)) {
                long started = System.nanoTime();
                cloud = LocalCloud.start(LocalCloud.Options.inMemory());
                progress("local cloud up", started);
            }
            var identity = named(functions, BenchFunction.IDENTITY);
            if (identity.isPresent()) {
                String identityEvent = prepareIdentity(options, IdentityScenario.on(cloud), identity.get(), java, properties);
                events.put(BenchFunction.IDENTITY, () -> identityEvent);
            }
            for (var function : functions) {
                if (function.module().equals(FocusResources.ROOMS.module())
                        || function.module().equals(FocusResources.REALTIME.module())) {
                    var roomsProperties = new LinkedHashMap<>(HostedRooms.settings(cloud));
                    // the worker's room has no watchers: nothing is posted to this endpoint
                    roomsProperties.put(Setting.WEBSOCKET_ENDPOINT.property(), "http://127.0.0.1:9");
                    roomsProperties.put("focus.bridge.function-name", function.name());
                    properties.put(function.name(), roomsProperties);
                }
            }
            var rooms = named(functions, BenchFunction.ROOMS);
            if (rooms.isPresent()) {
                long started = System.nanoTime();
                var scenario = RoomsColdScenario.withRoom(java, rooms.get(), properties.get(BenchFunction.ROOMS));
                progress("bench room " + scenario.roomId() + " created through the rooms jar", started);
                events.put(BenchFunction.ROOMS, scenario::timerEvent);
            }
            events.put(BenchFunction.ROOMS_WORKER, RoomsColdScenario::workerEvent);
            var realtime = new RealtimeColdScenario();
            events.put(BenchFunction.REALTIME, realtime::connectEvent);
            events.put(BenchFunction.REALTIME_WORKER, RealtimeColdScenario::workerEvent);
            java.util.function.Function<BenchFunction, String> eventFor = function -> events.get(function.name()).get();
            List<Cell> cells = train(functions, modes, java, workDir, properties, eventFor);

            Map<Cell, List<Sample>> samples = new LinkedHashMap<>();
            cells.forEach(cell -> samples.put(cell, new ArrayList<>()));
            for (int run = 1; run <= runs; run++) {
                for (var cell : cells) {
                    var function = cell.function();
                    var result = FreshJvm.run(java, function.jar(), function.handler(), eventFor.apply(function),
                            properties.get(function.name()), cell.flags(), 1);
                    expectAnswer(function, result);
                    var timings = result.timings();
                    samples.get(cell).add(new Sample(timings.spawnToResponseMs().orElse(Double.NaN), timings.initMs(),
                            timings.firstInvokeMs(), result.wallMillis()));
                }
                System.out.printf(Locale.ROOT, "run %d/%d done%n", run, runs);
            }
            print(samples, modes);
        } finally {
            if (cloud != null) {
                long stopping = System.nanoTime();
                cloud.close();
                progress("local cloud stopped", stopping);
            }
        }
    }

    private static Optional<BenchFunction> named(List<BenchFunction> functions, String name) {
        return functions.stream().filter(function -> function.name().equals(name)).findFirst();
    }

    /**
     * Registers the bench user through the identity jar, then sets identity's properties as measured; returns the
     * event of its cold starts.
     */
    private static String prepareIdentity(Args options, IdentityScenario identity, BenchFunction identityFunction, Path java,
                                          Map<String, Map<String, String>> properties) {
        long started = System.nanoTime();
        var identityProperties = new LinkedHashMap<>(identity.settings());
        identityProperties.put("focus.bridge.function-name", BenchFunction.IDENTITY);
        properties.put(BenchFunction.IDENTITY, identityProperties);
        var registered = FreshJvm.run(java, identityFunction.jar(), identityFunction.handler(), identity.registerEvent(),
                identityProperties, List.of(), 1);
        expectSuccess(identityFunction, registered);
        progress("bench user registered through the identity jar (" + Math.round(registered.wallMillis()) + " ms to exit)", started);
        // measured as deployed on AWS, where a deploy step migrates (the registration above already did)
        String migrate = options.text("migrate-on-start", "false");
        identityProperties.put(Setting.MIGRATE_ON_START.property(), migrate);
        for (String extra : options.list("identity-properties", "")) {
            if (!extra.isBlank()) {
                int equals = extra.indexOf('=');
                identityProperties.put(extra.substring(0, equals), extra.substring(equals + 1));
            }
        }
        System.out.println("identity measured with " + Setting.MIGRATE_ON_START.property() + "=" + migrate
                + options.text("identity-properties", "").transform(extra -> extra.isBlank() ? "" : ", " + extra));
        return identityEvent(options.text("identity-event", "login"), identity, identityFunction, java, identityProperties);
    }

    private static void progress(String what, long sinceNanos) {
        System.out.printf(Locale.ROOT, "%s after %.1f s%n", what, (System.nanoTime() - sinceNanos) / 1e9);
    }

    /**
     * {@code login}: the password check (bcrypt cost 12, about 360 ms under C1 here) dominates the first invoke.
     * {@code profile}: {@code GET /api/v1/users/me} with a bearer token: JWT check and one PostgreSQL read, the
     * typical authenticated request, so the function's own start-up cost shows.
     */
    private static String identityEvent(String kind, IdentityScenario identity, BenchFunction function, Path java,
                                        Map<String, String> properties) {
        return switch (kind) {
            case "login" -> identity.loginEvent();
            case "profile" -> {
                var login = FreshJvm.run(java, function.jar(), function.handler(), identity.loginEvent(), properties, List.of(), 1);
                expectSuccess(function, login);
                yield identity.profileEvent(IdentityScenario.accessTokenIn(ApiGatewayHttpEvents.parse(login.responseJson()).bodyText()));
            }
            default -> throw new IllegalArgumentException("--identity-event takes login or profile, not " + kind);
        };
    }

    private static List<Cell> train(List<BenchFunction> functions, List<JvmMode> modes, Path java, Path workDir,
                                    Map<String, Map<String, String>> properties,
                                    java.util.function.Function<BenchFunction, String> events) throws IOException {
        List<Cell> cells = new ArrayList<>();
        for (var function : functions) {
            for (var mode : modes) {
                Path archive = mode.needsTraining() ? mode.archive(workDir, function) : null;
                if (archive != null) {
                    Files.deleteIfExists(archive);
                    try {
                        var training = FreshJvm.run(java, function.jar(), function.handler(), events.apply(function),
                                properties.get(function.name()), mode.trainingFlags(archive), 1);
                        expectAnswer(function, training);
                        System.out.printf(Locale.ROOT, "%s / %s: training run took %.0f ms%n", function.name(), mode.label(),
                                training.wallMillis());
                    } catch (FunctionInvocationException e) {
                        System.out.printf("%s / %s: training run failed, mode skipped: %s%n", function.name(), mode.label(),
                                e.getMessage().lines().findFirst().orElse(""));
                        continue;
                    }
                    if (!Files.isRegularFile(archive)) {
                        System.out.printf("%s / %s: the training run wrote no archive at %s, mode skipped%n",
                                function.name(), mode.label(), archive);
                        continue;
                    }
                }
                cells.add(new Cell(function, mode, mode.runFlags(archive)));
            }
        }
        return cells;
    }

    private static List<JvmMode> supportedModes(List<String> names, Path java) throws IOException, InterruptedException {
        boolean directoriesOnClasspath = BridgeClasspath.entries().stream().anyMatch(Files::isDirectory);
        boolean aotCache = jvmHasFlag(java, "AOTCacheOutput");
        List<JvmMode> modes = new ArrayList<>();
        for (String name : names) {
            var mode = JvmMode.parse(name);
            if (mode.needsTraining() && directoriesOnClasspath) {
                System.out.println(mode.label() + ": skipped, CDS needs jars only but the bridge classpath has a directory "
                        + BridgeClasspath.entries() + " (run through bench/run, which uses the installed jars)");
            } else if (mode == JvmMode.AOT_C1 && !aotCache) {
                System.out.println(mode.label() + ": skipped, this JVM has no -XX:AOTCacheOutput (JDK 25+)");
            } else {
                modes.add(mode);
            }
        }
        return modes;
    }

    private static boolean jvmHasFlag(Path java, String flag) throws IOException, InterruptedException {
        var process = new ProcessBuilder(java.toString(), "-XX:+PrintFlagsFinal", "-version").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor(60, TimeUnit.SECONDS);
        return output.contains(" " + flag + " ");
    }

    private static void expectSuccess(BenchFunction function, FreshJvm.Result result) {
        var response = ApiGatewayHttpEvents.parse(result.responseJson());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(function.name() + " refused the set-up request with " + response.statusCode()
                    + ": " + response.bodyText() + "\n--- function output ---\n" + result.stdout());
        }
    }

    /** HTTP functions must answer 200; the queue worker must report no failed message. */
    private static void expectAnswer(BenchFunction function, FreshJvm.Result result) {
        if (function.answersWebSocket()) {
            int status = Json.read(result.responseJson()).path("statusCode").asInt();
            if (status != 200) {
                throw new IllegalStateException(function.name() + " answered $connect with " + status
                        + "\n--- function output ---\n" + result.stdout());
            }
            return;
        }
        if (function.answersHttp()) {
            expectStatus(function, result, 200);
            return;
        }
        var failures = Json.read(result.responseJson()).get("batchItemFailures");
        if (failures == null || !failures.isArray() || !failures.isEmpty()) {
            throw new IllegalStateException(function.name() + " answered " + result.responseJson()
                    + " instead of {\"batchItemFailures\":[]}\n--- function output ---\n" + result.stdout());
        }
    }

    private static void expectStatus(BenchFunction function, FreshJvm.Result result, int status) {
        var response = ApiGatewayHttpEvents.parse(result.responseJson());
        if (response.statusCode() != status) {
            throw new IllegalStateException(function.name() + " answered " + response.statusCode() + " instead of " + status
                    + ": " + response.bodyText() + "\n--- function output ---\n" + result.stdout());
        }
    }

    private static void print(Map<Cell, List<Sample>> samples, List<JvmMode> modes) {
        System.out.println();
        System.out.println("Cold start: fresh JVM -> handler built -> first response (ms, spawn to response);"
                + " init and first invoke are medians inside the JVM");
        System.out.printf(Locale.ROOT, "%-12s %-13s %4s %8s %8s %8s %9s %12s %9s%n",
                "function", "mode", "n", "median", "min", "max", "init", "1st invoke", "exit");
        Map<String, Double> medians = new LinkedHashMap<>();
        samples.forEach((cell, list) -> {
            var total = Stats.of(list.stream().mapToDouble(Sample::spawnToResponse).toArray());
            var init = Stats.of(list.stream().mapToDouble(Sample::init).toArray());
            var first = Stats.of(list.stream().mapToDouble(Sample::firstInvoke).toArray());
            var wall = Stats.of(list.stream().mapToDouble(Sample::wall).toArray());
            medians.put(cell.function().name() + "/" + cell.mode().name(), total.median());
            System.out.printf(Locale.ROOT, "%-12s %-13s %4d %8.0f %8.0f %8.0f %9.0f %12.0f %9.0f%n",
                    cell.function().name(), cell.mode().label(), total.count(), total.median(), total.min(), total.max(),
                    init.median(), first.median(), wall.median());
        });
        System.out.println("(exit = median wall time from spawn to process exit, seen by the launcher)");
        System.out.println();
        for (String function : List.of(BenchFunction.IDENTITY, BenchFunction.ROOMS, BenchFunction.ROOMS_WORKER)) {
            for (var mode : modes) {
                Double measured = medians.get(function + "/" + mode.name());
                Double hello = medians.get(BenchFunction.HELLO + "/" + mode.name());
                if (measured != null && hello != null) {
                    System.out.printf(Locale.ROOT, "%-18s %-13s %.2fx%n", function + "/hello", mode.label(), measured / hello);
                }
            }
        }
    }
}
