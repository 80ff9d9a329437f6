package dev.focus.bench;

import dev.focus.emulators.Json;
import dev.focus.emulators.RecordingWebSocket;
import com.fasterxml.jackson.databind.JsonNode;
import dev.focus.localstack.LocalStack;
import dev.focus.localstack.StackOptions;
import dev.focus.resources.FocusResources;
import dev.focus.resources.Setting;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How late the phase-end trigger fires on the local stack. N rooms get a 1-minute work phase, started one after
 * another over a minute; at each phase end the rooms worker, woken through the delayed timer-triggers queue,
 * publishes one FocusSessionCompleted per participant on focus-sessions. Its lateness is {@code occurred_at} (when
 * the worker published) minus {@code ended_at} (the phase end). The timer_update that announces the BREAK is
 * measured where a client sees it: its arrival on a WebSocket subscribed to the room minus {@code data.phase_started_at}
 * (rooms worker, room-events FIFO queue, realtime worker, Management API, local gateway).
 * <p>
 * {@code bench/run trigger-lateness [--rooms 50] [--spread-seconds 60] [--grace-seconds 30] [--stack-url URL]
 * [--jwt-secret SECRET]}; without {@code --stack-url} the stack starts in this JVM.
 */
public final class TriggerLatenessBench {


    private static final long STARTED = System.nanoTime();

    private TriggerLatenessBench() {
    }

    public static void main(String[] args) {
        // the emulators leave non-daemon threads behind: leave explicitly, failed or not
        try {
            run(Args.parse(args));
        } catch (InterruptedException | RuntimeException | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(Args options) throws InterruptedException {
        LocalStack stack = null;
        try {
            URI base;
            if (options.has("stack-url")) {
                base = URI.create(options.text("stack-url", ""));
            } else {
                stack = LocalStack.start(StackOptions.ephemeral(Repository.root()), LocalStack.focusFunctions(Repository.root()));
                base = stack.baseUri();
                progress("local stack up on " + base);
            }
            try (var rooms = new StackRooms(base)) {
                JsonNode health = rooms.health();
                if (!health.path("event_sources").has(FocusResources.TIMER_TRIGGERS.name())) {
                    System.out.println("The stack at " + base + " feeds no function from " + FocusResources.TIMER_TRIGGERS.name()
                            + " (event_sources: " + health.path("event_sources") + "): nothing would handle a phase end."
                            + " Install the current local stack (./mvnw -o -q install -pl localstack -DskipTests) and run again.");
                    return;
                }
                String secret = options.text("jwt-secret", System.getProperty(Setting.JWT_SECRET.property(), LocalStack.localJwtSecret()));
                URI ws = URI.create("ws://" + base.getAuthority() + FocusResources.WEBSOCKET_API.path());
                measure(rooms, new BenchTokens(secret), health.get("endpoints"), ws, options);
            }
        } finally {
            if (stack != null) {
                stack.close();
            }
        }
    }

    private static void measure(StackRooms rooms, BenchTokens tokens, JsonNode endpoints, URI ws, Args options)
            throws InterruptedException {
        int count = options.number("rooms", 50);
        Map<String, BenchUser> hosts = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            var host = tokens.newUser("host");
            hosts.put(rooms.createRoom(host, "lateness " + host.id(), 1, Map.of("break_duration", 1)), host);
        }
        progress(count + " rooms created (work 1 min, break 1 min)");

        long spreadNanos = Duration.ofSeconds(options.number("spread-seconds", 60)).toNanos();
        long firstStart = System.nanoTime();
        Map<String, Instant> endsAt = new LinkedHashMap<>();
        int started = 0;
        for (var room : hosts.entrySet()) {
            Thread.sleep(Duration.ofNanos(Math.max(0, firstStart + spreadNanos * started++ / count - System.nanoTime())));
            var timer = rooms.timerCommand(room.getKey(), "start", room.getValue()).expect(200, "start");
            endsAt.put(room.getKey(), Instant.parse(timer.text("phase_ends_at")));
        }
        Instant lastEnd = endsAt.values().stream().max(Instant::compareTo).orElseThrow();
        progress(count + " timers started; the last phase ends at " + lastEnd);

        try (var queues = new Queues(endpoints, hosts.keySet()); var sockets = new RoomSockets(ws, hosts)) {
            Instant deadline = lastEnd.plusSeconds(options.number("grace-seconds", 30));
            while ((queues.sessions.size() < count || sockets.breaks().size() < count) && Instant.now().isBefore(deadline)) {
                queues.poll();
                sockets.collect();
            }
            progress("read " + queues.sessions.size() + " sessions and " + sockets.breaks().size() + " BREAK timer updates");
            for (var room : hosts.entrySet()) {
                rooms.call("DELETE", "/api/v1/rooms/" + room.getKey(), null, room.getValue()).expect(204, "closing a room");
            }
            print(count, options, queues, sockets, endsAt);
        }
    }

    private static void print(int count, Args options, Queues queues, RoomSockets sockets, Map<String, Instant> endsAt) {
        List<Double> sessionLateness = new ArrayList<>();
        int endsAsStarted = 0;
        for (JsonNode session : queues.sessions.values()) {
            Instant endedAt = Instant.parse(session.get("ended_at").asText());
            sessionLateness.add(millisBetween(endedAt, Instant.parse(session.get("occurred_at").asText())));
            endsAsStarted += endedAt.equals(endsAt.get(session.get("room_id").asText())) ? 1 : 0;
        }
        List<Double> breakLateness = sockets.breaks().values().stream().map(arrival -> millisBetween(
                Instant.parse(arrival.event().get("data").get("phase_started_at").asText()), arrival.at())).toList();
        System.out.println();
        System.out.printf(Locale.ROOT, "Phase-end lateness on the local stack: %d rooms, 1-minute work phases started over %d s%n",
                count, options.number("spread-seconds", 60));
        System.out.printf(Locale.ROOT, "%-58s %5s %8s %8s %8s %8s %8s%n", "ms late", "n", "min", "p50", "p90", "p99", "max");
        line("FocusSessionCompleted: occurred_at - ended_at", sessionLateness);
        line("timer_update to BREAK on a WebSocket: arrival - phase_started_at", breakLateness);
        System.out.printf(Locale.ROOT, "%d of %d phase ends had a session; %d of them ended at the phase_ends_at their start"
                + " answered%n", queues.sessions.size(), count, endsAsStarted);
    }

    private static void line(String what, List<Double> millis) {
        var stats = Stats.of(millis.stream().mapToDouble(Double::doubleValue).toArray());
        System.out.printf(Locale.ROOT, "%-58s %5d %8.0f %8.0f %8.0f %8.0f %8.0f%n", what, stats.count(), stats.min(),
                stats.median(), stats.percentile(90), stats.percentile(99), stats.max());
    }

    private static double millisBetween(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e6;
    }

    private static void progress(String what) {
        System.out.printf(Locale.ROOT, "[%5.1f s] %s%n", (System.nanoTime() - STARTED) / 1e9, what);
    }

    /** A BREAK timer_update as a client received it. */
    private record Arrival(JsonNode event, Instant at) {
    }

    /** One WebSocket per room, the host's, subscribed to it: what a client in each room sees. */
    private static final class RoomSockets implements AutoCloseable {

        private final HttpClient http = HttpClient.newHttpClient();
        private final List<RecordingWebSocket> sockets = new ArrayList<>();
        private final Map<String, Arrival> breaks = new LinkedHashMap<>();

        RoomSockets(URI ws, Map<String, BenchUser> hosts) {
            for (var room : hosts.entrySet()) {
                var socket = RecordingWebSocket.connect(http, URI.create(ws + "?token=" + room.getValue().token()));
                socket.send("{\"action\":\"subscribe\",\"room_id\":\"" + room.getKey() + "\"}");
                socket.nextMatching(text -> text.contains("\"room_state\""), Duration.ofSeconds(10))
                        .orElseThrow(() -> new IllegalStateException("no room_state for room " + room.getKey()));
                sockets.add(socket);
            }
        }

        void collect() {
            for (RecordingWebSocket socket : sockets) {
                for (var received : socket.drain()) {
                    JsonNode event = Json.read(received.text());
                    if (event.path("type").asText().equals("timer_update")
                            && event.path("data").path("phase").asText().equalsIgnoreCase("BREAK")) {
                        breaks.putIfAbsent(event.path("room_id").asText(), new Arrival(event, received.at()));
                    }
                }
            }
        }

        Map<String, Arrival> breaks() {
            return breaks;
        }

        @Override
        public void close() {
            sockets.forEach(RecordingWebSocket::close);
            http.close();
        }
    }

    /**
     * The focus-sessions queue, read as a consumer would: messages of this run's rooms are kept
     * (by event id, so a redelivery counts once) and deleted; others come back after their visibility timeout.
     */
    private static final class Queues implements AutoCloseable {

        final Map<String, JsonNode> sessions = new LinkedHashMap<>();
        private final SqsClient sqs;
        private final String sessionsUrl;
        private final Set<String> roomIds;

        Queues(JsonNode endpoints, Set<String> roomIds) {
            this.sqs = SqsClient.builder().endpointOverride(URI.create(endpoints.get(Setting.SQS_ENDPOINT.property()).asText()))
                    .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                    .build();
            this.sessionsUrl = endpoints.get(FocusResources.FOCUS_SESSIONS.urlSetting().property()).asText();
            this.roomIds = roomIds;
        }

        /** One receive from each queue, waiting up to a second for messages. */
        void poll() {
            receive(sessionsUrl, sessions);
        }

        private void receive(String queueUrl, Map<String, JsonNode> into) {
            List<Message> batch = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1))
                    .messages();
            for (Message message : batch) {
                JsonNode body = Json.read(message.body());
                if (roomIds.contains(body.path("room_id").asText())) {
                    into.put(body.path("event_id").asText(), body);
                    sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
                }
            }
        }

        @Override
        public void close() {
            sqs.close();
        }
    }
}
