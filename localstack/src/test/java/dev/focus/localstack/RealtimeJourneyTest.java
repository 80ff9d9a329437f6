package dev.focus.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.focus.broadcast.Connections;
import dev.focus.broadcast.Watcher;
import dev.focus.emulators.RecordingWebSocket;
import dev.focus.resources.FocusResources;
import dev.focus.resources.Setting;
import dev.focus.security.AccessTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The WebSocket API end to end, with the JDK's WebSocket client: the local gateway, the realtime function's real
 * handler, the rooms function's events through the room-events FIFO queue and the realtime worker posting them
 * back through the Management API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(TestStack.Extension.class)
class RealtimeJourneyTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final List<RecordingWebSocket> opened = new ArrayList<>();
    private TestStack stack;
    private AccessTokens tokens;

    @BeforeAll
    void useTheSharedStack(TestStack shared) {
        stack = shared;
        tokens = new AccessTokens(LocalStack::localJwtSecret, Clock.systemUTC());
    }

    @BeforeEach
    void needsTheBuiltFunctionJars() {
        stack.requireFocusFunctions();
    }

    @org.junit.jupiter.api.AfterEach
    void closeSockets() {
        opened.forEach(RecordingWebSocket::close);
        opened.clear();
    }

    record User(String id, String name, String token) {
    }

    @Test
    @DisplayName("the upgrade is refused with 401 without a token, with a forged one or an expired one")
    void connect_needs_a_valid_token() {
        User user = user();
        String expired = new AccessTokens(LocalStack::localJwtSecret,
                Clock.fixed(Instant.now().minus(Duration.ofMinutes(16)), ZoneOffset.UTC))
                .issue(user.id(), user.name(), List.of("USER")).token();
        String forged = new AccessTokens(() -> "another-secret-of-at-least-thirty-two-bytes!!", Clock.systemUTC())
                .issue(user.id(), user.name(), List.of("USER")).token();

        for (String query : List.of("", "?token=", "?token=" + forged, "?token=" + expired, "?token=not-a-jwt")) {
            assertThatThrownBy(() -> RecordingWebSocket.connect(http, ws(query))).as(query)
                    .isInstanceOfSatisfying(RecordingWebSocket.Refused.class, refused -> assertThat(refused.status()).isEqualTo(401));
        }
        RecordingWebSocket socket = connect(user);
        socket.send("{\"action\":\"ping\"}");
        assertThat(next(socket, "pong").get("server_time").asText()).isNotBlank();
    }

    @Test
    @DisplayName("subscribing answers the room state; every kind of room event follows, numbered one by one")
    void room_state_and_every_event() throws Exception {
        User host = user();
        User guest = user();
        String roomId = createRoom(host, false);
        RecordingWebSocket watcher = connect(host);

        JsonNode state = subscribe(watcher, roomId);
        assertThat(state.get("room_id").asText()).isEqualTo(roomId);
        assertThat(state.at("/data/room/id").asText()).isEqualTo(roomId);
        assertThat(state.at("/data/timer/status").asText()).isEqualTo("IDLE");
        assertThat(state.at("/data/participants").findValuesAsText("user_id")).containsExactly(host.id());
        long seq = state.get("seq").asLong();

        call("POST", "/api/v1/timer/" + roomId + "/start", null, host, 200);
        JsonNode timer = next(watcher, "timer_update");
        assertThat(timer.at("/data/status").asText()).isEqualTo("RUNNING");
        assertThat(timer.get("seq").asLong()).isEqualTo(++seq);
        assertThat(timer.get("sent_at").asText()).isNotBlank();

        JsonNode joined = call("POST", "/api/v1/participants/" + roomId + "/join", Map.of(), guest, 201);
        JsonNode joinedEvent = next(watcher, "participant_joined");
        assertThat(joinedEvent.at("/data/user_id").asText()).isEqualTo(guest.id());
        assertThat(joinedEvent.get("seq").asLong()).isEqualTo(++seq);

        call("PUT", "/api/v1/participants/" + joined.get("id").asText() + "/status", Map.of("status", "focusing"), guest, 200);
        JsonNode status = next(watcher, "participant_status");
        assertThat(status.at("/data/status").asText()).isEqualTo("focusing");
        assertThat(status.get("seq").asLong()).isEqualTo(++seq);

        call("PUT", "/api/v1/rooms/" + roomId, Map.of("name", "renamed " + roomId), host, 200);
        JsonNode updated = next(watcher, "room_updated");
        assertThat(updated.at("/data/name").asText()).isEqualTo("renamed " + roomId);
        assertThat(updated.get("seq").asLong()).isEqualTo(++seq);

        call("DELETE", "/api/v1/participants/" + joined.get("id").asText(), null, guest, 204);
        JsonNode left = next(watcher, "participant_left");
        assertThat(left.at("/data/user_id").asText()).isEqualTo(guest.id());
        assertThat(left.get("seq").asLong()).isEqualTo(++seq);

        call("DELETE", "/api/v1/rooms/" + roomId, null, host, 204);
        JsonNode closed = nextMatching(watcher, m -> m.get("type").asText().equals("room_closed"));
        assertThat(closed.at("/data/is_active").asBoolean(true)).isFalse();
        assertThat(closed.get("seq").asLong()).isGreaterThan(seq);
    }

    @Test
    @DisplayName("presence sets one's status in the room: the sender gets an answer, every watcher the event")
    void presence() {
        User host = user();
        String roomId = createRoom(host, true);
        RecordingWebSocket phone = connect(host);
        subscribe(phone, roomId);

        phone.send("{\"action\":\"presence\",\"room_id\":\"" + roomId + "\",\"status\":\"idle\"}");

        JsonNode answer = next(phone, "presence_updated");
        assertThat(answer.at("/data/status").asText()).isEqualTo("idle");
        assertThat(next(phone, "participant_status").at("/data/status").asText()).isEqualTo("idle");

        phone.send("{\"action\":\"presence\",\"room_id\":\"" + roomId + "\",\"status\":\"asleep\"}");
        assertThat(next(phone, "error").get("code").asText()).isEqualTo("INVALID_STATUS");
        User stranger = user();
        RecordingWebSocket strangers = connect(stranger);
        strangers.send("{\"action\":\"presence\",\"room_id\":\"" + roomId + "\",\"status\":\"idle\"}");
        assertThat(next(strangers, "error").get("code").asText()).isEqualTo("NOT_A_PARTICIPANT");
    }

    @Test
    @DisplayName("who leaves a private room stops getting its events; who stays keeps getting them")
    void leaving_a_private_room_ends_its_events() {
        User host = user();
        User guest = user();
        String roomId = createRoom(host, true);
        String invite = call("GET", "/api/v1/rooms/" + roomId, null, host, 200).get("invite_code").asText();
        JsonNode seat = call("POST", "/api/v1/participants/" + roomId + "/join", Map.of("invite_code", invite), guest, 201);
        RecordingWebSocket hosts = connect(host);
        RecordingWebSocket guests = connect(guest);
        subscribe(hosts, roomId);
        subscribe(guests, roomId);

        call("DELETE", "/api/v1/participants/" + seat.get("id").asText(), null, guest, 204);
        assertThat(next(hosts, "participant_left").at("/data/user_id").asText()).isEqualTo(guest.id());
        call("POST", "/api/v1/timer/" + roomId + "/start", null, host, 200);
        next(hosts, "timer_update");
        // the room's events are broadcast one after another: once the next one arrived, the start was sent to all
        call("POST", "/api/v1/timer/" + roomId + "/pause", null, host, 200);
        next(hosts, "timer_update");

        assertThat(guests.drain()).extracting(received -> read(received.text()).path("type").asText())
                .doesNotContain("participant_left", "timer_update");
    }

    @Test
    @DisplayName("bad messages answer an error and leave the connection open")
    void bad_messages() {
        User user = user();
        User host = user();
        String privateRoom = createRoom(host, true);
        RecordingWebSocket socket = connect(user);

        socket.send("this is not json");
        assertThat(next(socket, "error").get("code").asText()).isEqualTo("INVALID_MESSAGE");
        socket.send("{\"action\":\"dance\"}");
        JsonNode unknown = next(socket, "error");
        assertThat(unknown.get("code").asText()).isEqualTo("UNKNOWN_ACTION");
        assertThat(unknown.get("message").asText()).contains("subscribe");
        socket.send("{\"no_action\":true}");
        assertThat(next(socket, "error").get("code").asText()).isEqualTo("UNKNOWN_ACTION");
        socket.send("{\"action\":\"subscribe\"}");
        assertThat(next(socket, "error").get("code").asText()).isEqualTo("INVALID_MESSAGE");
        socket.send("{\"action\":\"subscribe\",\"room_id\":\"" + privateRoom + "\"}");
        assertThat(next(socket, "error").get("code").asText()).isEqualTo("ROOM_NOT_FOUND");
        socket.send("{\"action\":\"subscribe\",\"room_id\":\"no-such-room\"}");
        assertThat(next(socket, "error").get("code").asText()).isEqualTo("ROOM_NOT_FOUND");

        socket.send("{\"action\":\"ping\"}");
        assertThat(next(socket, "pong")).isNotNull();
    }

    @Test
    @DisplayName("after one socket drops without a goodbye, and with a stale connection nobody closed, broadcasts still reach the rest")
    void abrupt_disconnects() throws Exception {
        User host = user();
        String roomId = createRoom(host, false);
        RecordingWebSocket dropped = connect(host);
        subscribe(dropped, roomId);
        RecordingWebSocket stays = connect(host);
        subscribe(stays, roomId);
        // a connection whose $disconnect never ran (API Gateway does not promise it): only the table knows it
        String stale = "stale" + UUID.randomUUID().toString().substring(0, 8) + "=";
        try (DynamoDbClient dynamo = dynamo()) {
            var connections = new Connections(dynamo, FocusResources.TABLE.name(), Clock.systemUTC());
            connections.open(stale, host.id(), host.name(), Set.of("USER"));
            connections.watch(stale, roomId);

            dropped.abort();
            call("POST", "/api/v1/timer/" + roomId + "/start", null, host, 200);
            assertThat(next(stays, "timer_update").at("/data/status").asText()).isEqualTo("RUNNING");
            call("POST", "/api/v1/timer/" + roomId + "/pause", null, host, 200);
            assertThat(next(stays, "timer_update").at("/data/status").asText()).isEqualTo("PAUSED");

            assertThat(connections.watchers(roomId)).as("the dropped and the stale connection are forgotten")
                    .extracting(Watcher::connectionId).hasSize(1).doesNotContain(stale);
            assertThat(connections.find(stale)).isEmpty();
        }
    }

    @Test
    @DisplayName("a user with two connections gets room events and per-user pushes on both; unsubscribing stops the room's")
    void two_connections_of_one_user() throws Exception {
        User host = user();
        String roomId = createRoom(host, false);
        RecordingWebSocket phone = connect(host);
        RecordingWebSocket laptop = connect(host);
        subscribe(phone, roomId);
        subscribe(laptop, roomId);

        call("POST", "/api/v1/timer/" + roomId + "/start", null, host, 200);
        assertThat(next(phone, "timer_update").get("seq").asLong())
                .isEqualTo(next(laptop, "timer_update").get("seq").asLong());

        String pushId = UUID.randomUUID().toString();
        try (SqsClient sqs = sqs()) {
            String url = health().at("/endpoints").get(FocusResources.USER_PUSHES.urlSetting().property()).asText();
            String body = json.writeValueAsString(Map.of("event_id", pushId, "type", "notification", "user_id", host.id(),
                    "data", Map.of("title", "Well done", "push", pushId)));
            sqs.sendMessage(r -> r.queueUrl(url).messageBody(body));
        }
        assertThat(next(phone, "notification").at("/data/push").asText()).isEqualTo(pushId);
        JsonNode onLaptop = next(laptop, "notification");
        assertThat(onLaptop.at("/data/title").asText()).isEqualTo("Well done");
        assertThat(onLaptop.has("seq")).isFalse();

        laptop.send("{\"action\":\"unsubscribe\",\"room_id\":\"" + roomId + "\"}");
        assertThat(next(laptop, "unsubscribed").get("room_id").asText()).isEqualTo(roomId);
        call("POST", "/api/v1/timer/" + roomId + "/pause", null, host, 200);
        assertThat(next(phone, "timer_update").at("/data/status").asText()).isEqualTo("PAUSED");
        laptop.send("{\"action\":\"ping\"}");
        assertThat(laptop.next(WAIT).map(r -> r.text())).hasValueSatisfying(text -> assertThat(text).contains("\"pong\""));
    }

    @Test
    @DisplayName("suspending a user ends their connections and refuses new ones (403) until they are reinstated")
    void suspension_ends_connections() throws Exception {
        User user = user();
        RecordingWebSocket phone = connect(user);
        RecordingWebSocket laptop = connect(user);

        accountStatus(user, "suspended");

        assertThat(phone.closedWith(WAIT)).as("phone closed").isPresent();
        assertThat(laptop.closedWith(WAIT)).as("laptop closed").isPresent();
        assertThatThrownBy(() -> RecordingWebSocket.connect(http, ws("?token=" + user.token())))
                .isInstanceOfSatisfying(RecordingWebSocket.Refused.class, refused -> assertThat(refused.status()).isEqualTo(403));

        accountStatus(user, "active");
        RecordingWebSocket again = eventually(() -> connect(user));
        again.send("{\"action\":\"ping\"}");
        assertThat(next(again, "pong")).isNotNull();
    }

    /** What identity queues on user-status when an admin suspends or reinstates an account. */
    private void accountStatus(User user, String status) throws Exception {
        try (SqsClient sqs = sqs()) {
            String url = health().at("/endpoints").get(FocusResources.USER_STATUS.urlSetting().property()).asText();
            String body = json.writeValueAsString(Map.of("event_id", UUID.randomUUID().toString(),
                    "event_type", "AccountStatusChanged", "user_id", user.id(), "status", status,
                    "occurred_at", Instant.now().toString()));
            sqs.sendMessage(r -> r.queueUrl(url).messageBody(body));
        }
    }

    /** Retries for up to 10 s what the worker makes possible once it has handled a message. */
    private static <T> T eventually(java.util.function.Supplier<T> attempt) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                return attempt.get();
            } catch (RuntimeException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(100);
            }
        }
    }

    private User user() {
        String id = "u-" + UUID.randomUUID();
        String name = "user" + id.substring(2, 10);
        return new User(id, name, tokens.issue(id, name, List.of("USER")).token());
    }

    private URI ws(String query) {
        return URI.create("ws://localhost:" + stack.stack().port() + FocusResources.WEBSOCKET_API.path() + query);
    }

    private RecordingWebSocket connect(User user) {
        RecordingWebSocket socket = RecordingWebSocket.connect(http, ws("?token=" + user.token()));
        opened.add(socket);
        return socket;
    }

    private JsonNode subscribe(RecordingWebSocket socket, String roomId) {
        socket.send("{\"action\":\"subscribe\",\"room_id\":\"" + roomId + "\"}");
        return next(socket, "room_state");
    }

    private String createRoom(User host, boolean isPrivate) {
        return call("POST", "/api/v1/rooms", Map.of("name", "live " + UUID.randomUUID(), "work_duration", 25,
                "break_duration", 5, "visibility", isPrivate ? "private" : "public"), host, 201).get("id").asText();
    }

    /** The next message of that type (others before it are skipped), as JSON. */
    private JsonNode next(RecordingWebSocket socket, String type) {
        return nextMatching(socket, message -> message.path("type").asText().equals(type));
    }

    private JsonNode nextMatching(RecordingWebSocket socket, Predicate<JsonNode> wanted) {
        return socket.nextMatching(text -> wanted.test(read(text)), WAIT).map(r -> read(r.text()))
                .orElseThrow(() -> new AssertionError("no such message within " + WAIT));
    }

    private JsonNode call(String method, String path, Object body, User caller, int expected) {
        try {
            var request = HttpRequest.newBuilder(stack.uri(path)).header("authorization", "Bearer " + caller.token())
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            if (body != null) {
                request.header("content-type", "application/json");
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
            return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError(method + " " + path, e);
        }
    }

    private JsonNode health() throws Exception {
        return json.readTree(http.send(HttpRequest.newBuilder(stack.uri("/health")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            return json.nullNode();
        }
    }

    private DynamoDbClient dynamo() throws Exception {
        return DynamoDbClient.builder().endpointOverride(URI.create(health().at("/endpoints")
                        .get(Setting.DYNAMODB_ENDPOINT.property()).asText()))
                .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))).build();
    }

    private SqsClient sqs() throws Exception {
        return SqsClient.builder().endpointOverride(URI.create(health().at("/endpoints")
                        .get(Setting.SQS_ENDPOINT.property()).asText()))
                .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))).build();
    }
}
