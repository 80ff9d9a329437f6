package dev.focus.bench;

import dev.focus.emulators.LocalCloud;
import dev.focus.resources.Setting;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * DynamoDB capacity per rooms route: with {@code focus.rooms.report-capacity=true} every answer says what its request
 * consumed ({@code X-Focus-DynamoDB-Capacity}); a call log in front of DynamoDB Local says which calls were made, so
 * the table shows which routes write in a transaction. One room goes through its whole life, next to other rooms, so
 * that lists read full pages.
 * <p>
 * {@code bench/run rooms-capacity [--other-rooms 25] [--overdue-read false]}
 */
public final class RoomsCapacityBench {

    private static final String CAPACITY_HEADER = "X-Focus-DynamoDB-Capacity";

    /** One route called once: its status, the units from the header and the DynamoDB operations seen. */
    private record Row(String route, int status, String read, String write, String total, List<String> operations) {
    }

    private RoomsCapacityBench() {
    }

    public static void main(String[] args) {
        // the emulators leave non-daemon threads behind: leave explicitly, failed or not
        try {
            run(Args.parse(args));
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(Args options) throws IOException, InterruptedException {
        var rooms = BenchFunction.rooms(Repository.root());
        try (var cloud = LocalCloud.start(LocalCloud.Options.inMemory());
             var callLog = DynamoDbCallLog.inFrontOf(cloud.dynamoDb().endpoint())) {
            var settings = HostedRooms.settings(cloud);
            settings.put(Setting.DYNAMODB_ENDPOINT.property(), callLog.endpoint().toString());
            settings.put("focus.rooms.report-capacity", "true");
            try (var hosted = HostedRooms.load(rooms, settings)) {
                var journey = new Journey(hosted, callLog, new BenchTokens(HostedRooms.JWT_SECRET));
                journey.otherRooms(options.number("other-rooms", 25));
                journey.walk();
                if (Boolean.parseBoolean(options.text("overdue-read", "false"))) {
                    journey.overdueRead();
                }
                System.out.println("rooms jar " + rooms.provenance());
                print(journey.rows);
            }
        }
    }

    /** The life of one room, route after route, each answer's capacity noted. */
    private static final class Journey {

        final List<Row> rows = new ArrayList<>();
        private final HostedRooms rooms;
        private final DynamoDbCallLog callLog;
        private final BenchTokens tokens;

        Journey(HostedRooms rooms, DynamoDbCallLog callLog, BenchTokens tokens) {
            this.rooms = rooms;
            this.callLog = callLog;
            this.tokens = tokens;
        }

        void otherRooms(int count) {
            for (int i = 0; i < count; i++) {
                var host = tokens.newUser("other");
                rooms.createRoom(host, "other room " + host.id(), 25, Map.of());
            }
            callLog.take();
        }

        void walk() {
            var host = tokens.newUser("host");
            var guest = tokens.newUser("guest");
            var heir = tokens.newUser("heir");
            String name = "capacity " + host.id();
            String id = note("POST /rooms", "POST", "/api/v1/rooms",
                    Map.of("name", name, "work_duration", 25, "break_duration", 5), host).text("id");
            note("GET /rooms?limit=20", "GET", "/api/v1/rooms?limit=20", null, guest);
            note("GET /rooms?limit=20&q=", "GET", "/api/v1/rooms?limit=20&q=" + host.id(), null, guest);
            note("GET /rooms/{id}", "GET", "/api/v1/rooms/" + id, null, guest);
            note("PUT /rooms/{id} (durations)", "PUT", "/api/v1/rooms/" + id, Map.of("work_duration", 30), host);
            note("PUT /rooms/{id} (new name)", "PUT", "/api/v1/rooms/" + id, Map.of("name", name + " renamed"), host);
            String guestId = note("POST /participants/{id}/join", "POST", "/api/v1/participants/" + id + "/join", Map.of(), guest)
                    .text("id");
            note("POST /participants/{id}/join (already in)", "POST", "/api/v1/participants/" + id + "/join", Map.of(), guest);
            rooms.call("POST", "/api/v1/participants/" + id + "/join", Map.of(), heir).expect(201, "join of the heir");
            var participants = note("GET /participants/{id}", "GET", "/api/v1/participants/" + id, null, guest);
            note("PUT /participants/{pid}/status", "PUT", "/api/v1/participants/" + guestId + "/status",
                    Map.of("status", "focusing"), guest);
            String timer = "/api/v1/timer/" + id;
            note("GET /timer/{id} (idle)", "GET", timer, null, guest);
            note("POST /timer/{id}/start", "POST", timer + "/start", null, host);
            note("GET /timer/{id} (running)", "GET", timer, null, guest);
            note("POST /timer/{id}/pause", "POST", timer + "/pause", null, host);
            note("POST /timer/{id}/start (resume)", "POST", timer + "/start", null, host);
            note("POST /timer/{id}/complete (work)", "POST", timer + "/complete", null, host);
            note("POST /timer/{id}/skip (break)", "POST", timer + "/skip", null, host);
            note("POST /timer/{id}/reset", "POST", timer + "/reset", null, host);
            note("DELETE /participants/{pid} (guest)", "DELETE", "/api/v1/participants/" + guestId, null, guest);
            note("DELETE /participants/{pid} (host, hand-over)", "DELETE", "/api/v1/participants/"
                    + participantOf(participants, host), null, host);
            note("DELETE /rooms/{id} (new host)", "DELETE", "/api/v1/rooms/" + id, null, heir);
        }

        /** A 1-minute room started, then read once its phase end is overdue: the read rolls the timer forward. */
        void overdueRead() throws InterruptedException {
            var host = tokens.newUser("host");
            String id = rooms.createRoom(host, "overdue " + host.id(), 1, Map.of());
            rooms.timerCommand(id, "start", host).expect(200, "start");
            System.out.println("waiting 61 s for the phase end to be overdue...");
            Thread.sleep(Duration.ofSeconds(61));
            callLog.take();
            note("GET /timer/{id} (phase end overdue)", "GET", "/api/v1/timer/" + id, null, host);
        }

        private RoomsReply note(String route, String method, String path, Object body, BenchUser caller) {
            callLog.take();
            RoomsReply reply = rooms.call(method, path, body, caller);
            String[] units = unitsIn(reply.header(CAPACITY_HEADER));
            rows.add(new Row(route, reply.status(), units[0], units[1], units[2], callLog.take()));
            return reply;
        }

        private static String participantOf(RoomsReply participants, BenchUser user) {
            return StreamSupport.stream(participants.json().get("participants").spliterator(), false)
                    .filter(p -> p.get("user_id").asText().equals(user.id()))
                    .map(p -> p.get("id").asText()).findFirst()
                    .orElseThrow(() -> new IllegalStateException(user.id() + " is not in " + participants.json()));
        }

        /** {@code read=1.0;write=2.0;total=3.0} as its three numbers; dashes when the header is missing. */
        private static String[] unitsIn(String header) {
            if (header == null) {
                return new String[] {"-", "-", "-"};
            }
            String[] parts = header.split(";");
            String[] units = new String[3];
            for (int i = 0; i < 3; i++) {
                units[i] = parts[i].substring(parts[i].indexOf('=') + 1);
            }
            return units;
        }
    }

    private static void print(List<Row> rows) {
        System.out.println();
        System.out.println("DynamoDB capacity per request (X-Focus-DynamoDB-Capacity; DynamoDB calls seen in front of DynamoDB Local)");
        System.out.println();
        System.out.println("| route | status | read units | write units | total | DynamoDB calls | transaction |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Row row : rows) {
            boolean transaction = row.operations().stream().anyMatch(op -> op.startsWith("Transact"));
            System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s |%n", row.route(), row.status(), row.read(),
                    row.write(), row.total(), String.join(", ", row.operations()), transaction ? "yes" : "no");
        }
        System.out.println();
        System.out.println("DynamoDB Local's units for a transaction are not AWS's (it does not count per item; see"
                + " bench/README.md): on AWS each item a transaction writes costs 2 write units per KB, plus its index writes.");
    }
}
