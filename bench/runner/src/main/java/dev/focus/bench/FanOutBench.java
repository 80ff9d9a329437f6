package dev.focus.bench;

import dev.focus.broadcast.Broadcaster;
import dev.focus.broadcast.Connections;
import dev.focus.broadcast.Poster;
import dev.focus.emulators.RecordingWebSocket;
import dev.focus.localstack.LocalStack;
import dev.focus.localstack.StackOptions;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Fan-out of a room event to every socket of a full room, on the local stack: from the moment a timer command is
 * sent to the moment the last socket has the {@code timer_update} (the path in production: rooms → room-events FIFO
 * queue → realtime-worker → Management API → local gateway → socket), and, side by side in the same rounds, the
 * broadcaster called directly (what posting right after the write would take) with parallel and with sequential
 * posts. The whole path is warmed up first (JIT) with {@code --stack-warmup} commands to a room with one socket.
 * {@code bench/run fanout [--sizes 10,50] [--rounds 300] [--warmup 50] [--stack-warmup 1000] [--concurrency 16]}
 */
public final class FanOutBench {

    private static final long STARTED = System.nanoTime();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private FanOutBench() {
    }

    public static void main(String[] args) {
        // the emulators leave non-daemon threads behind: leave explicitly, failed or not
        try {
            run(Args.parse(args));
        } catch (RuntimeException | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(Args options) {
        int concurrency = options.number("concurrency", 16);
        try (LocalStack stack = LocalStack.start(StackOptions.ephemeral(Repository.root()),
                LocalStack.focusFunctions(Repository.root()));
             var rooms = new StackRooms(stack.baseUri());
             // the stack's settings are this JVM's system properties: the same table, the same gateway
             ApplicationContext context = ApplicationContext.run();
             HttpClient http = HttpClient.newHttpClient()) {
            progress("local stack up on " + stack.baseUri());
            ExecutorService parallelPool = Executors.newFixedThreadPool(concurrency);
            ExecutorService sequentialPool = Executors.newFixedThreadPool(1);
            Map<String, Broadcaster> direct = new LinkedHashMap<>();
            direct.put("direct, parallel (" + concurrency + ")", broadcaster(context, parallelPool));
            direct.put("direct, sequential", broadcaster(context, sequentialPool));
            var tokens = new BenchTokens(LocalStack.localJwtSecret());
            URI ws = URI.create("ws://localhost:" + stack.port() + "/ws");
            warmUp(rooms, tokens, http, ws, options.number("stack-warmup", 1000));
            var results = new ArrayList<String>();
            for (int size : options.list("sizes", "10,50").stream().map(Integer::parseInt).toList()) {
                results.addAll(measure(size, rooms, tokens, http, ws, direct, options));
            }
            parallelPool.shutdownNow();
            sequentialPool.shutdownNow();
            System.out.println();
            System.out.printf("%-8s %-34s %7s %9s %9s %9s %9s%n", "sockets", "path", "rounds", "p50 ms", "p90 ms", "p99 ms", "max ms");
            results.forEach(System.out::println);
        }
    }

    private static Broadcaster broadcaster(ApplicationContext context, ExecutorService pool) {
        return new Broadcaster(context.getBean(Connections.class), context.getBean(Poster.class), pool,
                context.getBean(JsonMapper.class), Clock.systemUTC(), Thread::sleep);
    }

    private static List<String> measure(int size, StackRooms rooms, BenchTokens tokens, HttpClient http, URI ws,
                                        Map<String, Broadcaster> direct, Args options) {
        BenchUser host = tokens.newUser("host");
        String roomId = rooms.createRoom(host, "fan-out " + host.id(), 25, Map.of("max_participants", Math.max(2, size)));
        var members = new ArrayList<BenchUser>(List.of(host));
        for (int i = 1; i < size; i++) {
            BenchUser member = tokens.newUser("member");
            rooms.call("POST", "/api/v1/participants/" + roomId + "/join", Map.of(), member).expect(201, "join");
            members.add(member);
        }
        var sockets = new ArrayList<RecordingWebSocket>();
        try {
            for (BenchUser member : members) {
                var socket = RecordingWebSocket.connect(http, URI.create(ws + "?token=" + member.token()));
                socket.send("{\"action\":\"subscribe\",\"room_id\":\"" + roomId + "\"}");
                socket.nextMatching(text -> text.contains("\"room_state\""), TIMEOUT)
                        .orElseThrow(() -> new IllegalStateException("no room_state"));
                sockets.add(socket);
            }
            progress(size + " sockets subscribed to room " + roomId);
            int warmup = options.number("warmup", 50);
            int rounds = options.number("rounds", 300);
            Map<String, long[]> samples = new LinkedHashMap<>();
            samples.put("command -> queue -> all sockets", new long[rounds]);
            samples.put("  of which the HTTP answer", new long[rounds]);
            samples.put("  of which answer -> first socket", new long[rounds]);
            samples.put("  of which first -> last socket", new long[rounds]);
            direct.keySet().forEach(name -> samples.put(name, new long[rounds]));
            boolean running = false;
            for (int round = -warmup; round < rounds; round++) {
                // the three paths take turns, so a noisy moment on this shared machine hits them alike
                long sent = System.nanoTime();
                rooms.timerCommand(roomId, running ? "pause" : "start", host).expect(200, "timer command");
                long answered = System.nanoTime();
                running = !running;
                long[] arrivals = arrivals(sockets, "\"timer_update\"");
                if (round >= 0) {
                    samples.get("command -> queue -> all sockets")[round] = arrivals[1] - sent;
                    samples.get("  of which the HTTP answer")[round] = answered - sent;
                    samples.get("  of which answer -> first socket")[round] = arrivals[0] - answered;
                    samples.get("  of which first -> last socket")[round] = arrivals[1] - arrivals[0];
                }
                for (var path : direct.entrySet()) {
                    String probe = "probe-" + UUID.randomUUID();
                    long start = System.nanoTime();
                    var delivery = path.getValue().toRoom(roomId, probe, "bench_probe", Map.of("probe", probe));
                    if (delivery.delivered() != size) {
                        throw new IllegalStateException(path.getKey() + " delivered to " + delivery.delivered() + " of " + size);
                    }
                    long took = arrivals(sockets, probe)[1] - start;
                    if (round >= 0) {
                        samples.get(path.getKey())[round] = took;
                    }
                }
            }
            var lines = new ArrayList<String>();
            samples.forEach((name, nanos) -> {
                Stats stats = Stats.of(nanos, nanos.length);
                lines.add(String.format("%-8d %-34s %7d %9.1f %9.1f %9.1f %9.1f", size, name, stats.count(),
                        stats.median() / 1e6, stats.percentile(90) / 1e6, stats.percentile(99) / 1e6, stats.max() / 1e6));
            });
            rooms.call("DELETE", "/api/v1/rooms/" + roomId, null, host).expect(204, "closing the room");
            return lines;
        } finally {
            sockets.forEach(RecordingWebSocket::close);
        }
    }

    /** Timer commands to a room one socket watches, until the JIT has compiled the path measured afterwards. */
    private static void warmUp(StackRooms rooms, BenchTokens tokens, HttpClient http, URI ws, int commands) {
        BenchUser host = tokens.newUser("warm-up");
        String roomId = rooms.createRoom(host, "warm-up " + host.id(), 25, Map.of());
        try (var socket = RecordingWebSocket.connect(http, URI.create(ws + "?token=" + host.token()))) {
            socket.send("{\"action\":\"subscribe\",\"room_id\":\"" + roomId + "\"}");
            for (int i = 0; i < commands; i++) {
                rooms.timerCommand(roomId, i % 2 == 0 ? "start" : "pause", host).expect(200, "timer command");
                arrivals(List.of(socket), "\"timer_update\"");
            }
        }
        rooms.call("DELETE", "/api/v1/rooms/" + roomId, null, host).expect(204, "closing the warm-up room");
        progress(commands + " warm-up commands done");
    }

    /** Waits until every socket has a message containing {@code marker}: the first and the last arrival time. */
    private static long[] arrivals(List<RecordingWebSocket> sockets, String marker) {
        long first = Long.MAX_VALUE;
        long last = 0;
        for (RecordingWebSocket socket : sockets) {
            var received = socket.nextMatching(text -> text.contains(marker), TIMEOUT)
                    .orElseThrow(() -> new IllegalStateException("a socket got no " + marker + " within " + TIMEOUT));
            first = Math.min(first, received.nanos());
            last = Math.max(last, received.nanos());
        }
        return new long[] {first, last};
    }

    private static void progress(String message) {
        System.out.printf("[%6.1f s] %s%n", (System.nanoTime() - STARTED) / 1e9, message);
    }

}
