package dev.focus.bench;

import dev.focus.emulators.LocalCloud;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Warm latency of the timer routes against DynamoDB Local: the rooms jar hosted in this JVM, a few rooms whose
 * timers go start -> GET (running) -> reset over and over, so every start meets an IDLE timer. The routes run
 * interleaved in one loop, so that the shared machine's noise falls on all of them alike.
 * <p>
 * {@code bench/run rooms-warm [--warmup 1000] [--calls 5000] [--rooms 10]}
 */
public final class RoomsWarmBench {

    private static final List<String> ROUTES = List.of("POST /timer/{id}/start", "GET /timer/{id} (running)",
            "POST /timer/{id}/reset");

    private RoomsWarmBench() {
    }

    public static void main(String[] args) {
        // the emulators leave non-daemon threads behind: leave explicitly, failed or not
        try {
            run(Args.parse(args));
        } catch (IOException | RuntimeException | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(Args options) throws IOException {
        int warmup = options.number("warmup", 1_000);
        int calls = options.number("calls", 5_000);
        var rooms = BenchFunction.rooms(Repository.root());
        try (var cloud = LocalCloud.start(LocalCloud.Options.inMemory());
             var hosted = HostedRooms.load(rooms, HostedRooms.settings(cloud))) {
            var host = new BenchTokens(HostedRooms.JWT_SECRET).newUser("host");
            List<String> roomIds = new ArrayList<>();
            for (int i = 0; i < options.number("rooms", 10); i++) {
                roomIds.add(hosted.createRoom(host, "warm-" + host.id() + "-" + i, 25, Map.of()));
            }
            System.out.printf(Locale.ROOT, "rooms jar %s; %d rooms; %d warm-up rounds, then %d measured calls per route%n",
                    rooms.provenance(), roomIds.size(), warmup, calls);
            round(hosted, host, roomIds, warmup, null);
            Map<String, long[]> nanos = new LinkedHashMap<>();
            ROUTES.forEach(route -> nanos.put(route, new long[calls]));
            round(hosted, host, roomIds, calls, nanos);
            print(nanos);
        }
    }

    /** {@code count} rounds of start, GET, reset; each call's time is kept when {@code nanos} is given. */
    private static void round(HostedRooms hosted, BenchUser host, List<String> roomIds, int count, Map<String, long[]> nanos) {
        for (int i = 0; i < count; i++) {
            String roomId = roomIds.get(i % roomIds.size());
            long started = System.nanoTime();
            hosted.timerCommand(roomId, "start", host).expect(200, "start");
            long afterStart = System.nanoTime();
            hosted.call("GET", "/api/v1/timer/" + roomId, null, host).expect(200, "GET timer");
            long afterGet = System.nanoTime();
            hosted.timerCommand(roomId, "reset", host).expect(200, "reset");
            long afterReset = System.nanoTime();
            if (nanos != null) {
                nanos.get(ROUTES.get(0))[i] = afterStart - started;
                nanos.get(ROUTES.get(1))[i] = afterGet - afterStart;
                nanos.get(ROUTES.get(2))[i] = afterReset - afterGet;
            }
        }
    }

    private static void print(Map<String, long[]> nanos) {
        System.out.println();
        System.out.println("Warm latency against DynamoDB Local, ms per call (the event in, the answer out, as Lambda sees it)");
        System.out.printf(Locale.ROOT, "%-28s %6s %8s %8s %8s %8s%n", "route", "calls", "p50", "p90", "p99", "max");
        nanos.forEach((route, values) -> {
            var stats = Stats.of(values, values.length);
            System.out.printf(Locale.ROOT, "%-28s %6d %8.2f %8.2f %8.2f %8.2f%n", route, stats.count(),
                    stats.median() / 1e6, stats.percentile(90) / 1e6, stats.percentile(99) / 1e6, stats.max() / 1e6);
        });
    }
}
