package dev.focus.localstack;

import dev.focus.emulators.RecordingWebSocket;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The local WebSocket API as a client and the function see it: $connect, routed messages, replies, $disconnect. */
@DisplayName("The local WebSocket API")
class WebSocketGatewayTest {

    private final ObjectMapper json = new ObjectMapper();
    private final FakeRealtimeFunction function = new FakeRealtimeFunction();
    private final LocalWebSocketApi api = LocalWebSocketApi.serving(function, WebSocketLimits.AWS);

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    @DisplayName("refuses the upgrade with the status the function's $connect answered")
    void refusedUpgrade() {
        assertThatThrownBy(() -> TestSocket.open(api.socketUri("bad")))
                .isInstanceOfSatisfying(RecordingWebSocket.Refused.class,
                        refused -> assertThat(refused.status()).isEqualTo(401));
        assertThat(api.openConnections()).isZero();
    }

    @Test
    @DisplayName("refuses the upgrade with 500 when $connect threw")
    void failedConnect() {
        assertThatThrownBy(() -> TestSocket.open(api.socketUri("boom")))
                .isInstanceOfSatisfying(RecordingWebSocket.Refused.class,
                        refused -> assertThat(refused.status()).isEqualTo(500));
    }

    @Test
    @DisplayName("answers 400 to an upgrade request without a key, before $connect")
    void badUpgrade() throws Exception {
        try (var raw = RawWebSocket.send(api.port(), "GET /ws?token=t1 HTTP/1.1\r\nHost: localhost\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n\r\n")) {
            assertThat(raw.statusLine()).startsWith("HTTP/1.1 400");
        }
        assertThat(function.events()).isEmpty();
    }

    @Test
    @DisplayName("gives $connect the query string, the headers and the connection's context")
    void connectEvent() throws Exception {
        TestSocket socket = api.open("t1");
        String connectionId = function.connectionIdOf("t1");

        JsonNode event = function.eventsOf(connectionId, "CONNECT").getFirst();
        assertThat(event.path("queryStringParameters").path("token").asText()).isEqualTo("t1");
        assertThat(event.path("multiValueQueryStringParameters").path("token").get(0).asText()).isEqualTo("t1");
        assertThat(event.path("headers").path("X-Test").asText()).isEqualTo("yes");
        assertThat(event.path("multiValueHeaders").path("X-Test").get(0).asText()).isEqualTo("yes");
        assertThat(event.path("isBase64Encoded").asBoolean(true)).isFalse();
        JsonNode context = event.path("requestContext");
        assertThat(context.path("routeKey").asText()).isEqualTo("$connect");
        assertThat(context.path("messageDirection").asText()).isEqualTo("IN");
        assertThat(context.path("connectionId").asText()).matches("[A-Za-z0-9_-]{15}=");
        assertThat(context.path("connectedAt").asLong()).isPositive();
        assertThat(context.path("requestTimeEpoch").asLong()).isEqualTo(context.path("connectedAt").asLong());
        assertThat(context.path("requestId").asText()).isNotEmpty();
        assertThat(context.path("domainName").asText()).isEqualTo("localhost:" + api.port());
        assertThat(context.path("stage").asText()).isNotEmpty();
        assertThat(context.path("apiId").asText()).isNotEmpty();
        assertThat(context.path("identity").path("sourceIp").asText()).isEqualTo("127.0.0.1");
        assertThat(context.path("identity").path("userAgent").asText()).startsWith("Java-http-client");
        assertThat(api.openConnections()).isEqualTo(1);
    }

    @Test
    @DisplayName("routes a message by its action, and to $default when the action is unknown or the body not JSON")
    void routing() throws Exception {
        TestSocket socket = api.open("t1");
        String connectionId = function.connectionIdOf("t1");
        List<String> bodies = List.of("{\"action\":\"subscribe\",\"roomId\":\"r1\"}", "{\"action\":\"dance\"}",
                "{\"action\":\"$connect\"}", "not json", "[1,2]");
        for (String body : bodies) {
            socket.send(body);
        }

        Eventually.until(() -> function.eventsOf(connectionId, "MESSAGE").size() == bodies.size());
        List<JsonNode> messages = function.eventsOf(connectionId, "MESSAGE");
        assertThat(messages).extracting(m -> m.path("requestContext").path("routeKey").asText())
                .containsExactly("subscribe", "$default", "$default", "$default", "$default");
        assertThat(messages).extracting(m -> m.path("body").asText()).containsExactlyElementsOf(bodies);
        assertThat(messages).extracting(m -> m.path("requestContext").path("messageId").asText())
                .doesNotContain("").doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("sends a two-way route's response body back, and nothing for an empty one")
    void twoWayReply() throws Exception {
        TestSocket socket = api.open("t1");

        socket.send("{\"action\":\"presence\"}");
        socket.send("{\"action\":\"ping\"}");

        // the presence answer had no body, so the first message the client gets is ping's
        assertThat(socket.nextMessage()).isEqualTo("{\"type\":\"pong\"}");
    }

    @Test
    @DisplayName("tells the client when the function failed on its message, as API Gateway does")
    void failedMessage() throws Exception {
        TestSocket socket = api.open("t1");
        String connectionId = function.connectionIdOf("t1");

        socket.send("boom");

        JsonNode error = json.readTree(socket.nextMessage());
        assertThat(error.path("message").asText()).isEqualTo("Internal server error");
        assertThat(error.path("connectionId").asText()).isEqualTo(connectionId);
        assertThat(error.path("requestId").asText()).isNotEmpty();
    }

    @Test
    @DisplayName("answers a ping with a pong")
    void pingPong() throws Exception {
        TestSocket socket = api.open("t1");

        socket.ping();

        Eventually.until(() -> socket.pongs() == 1);
    }

    @Test
    @DisplayName("runs one connection's messages one at a time in order, and different connections' at the same time")
    void ordering() throws Exception {
        TestSocket first = api.open("t1");
        String firstId = function.connectionIdOf("t1");
        TestSocket second = api.open("t2");
        for (int i = 0; i < 10; i++) {
            first.send("{\"action\":\"presence\",\"seq\":" + i + "}");
        }
        // each waits for the other: they only finish in time if they run at the same time
        first.send("wait-for-another");
        second.send("wait-for-another");

        assertThat(first.nextMessage()).isEqualTo("released");
        assertThat(second.nextMessage()).isEqualTo("released");
        assertThat(function.eventsOf(firstId, "MESSAGE").subList(0, 10))
                .extracting(m -> json.readTree(m.path("body").asText()).path("seq").asInt())
                .containsExactlyElementsOf(IntStream.range(0, 10).boxed().toList());
        assertThat(function.mostMessagesAtOnceForOneConnection()).isEqualTo(1);
    }

    @Test
    @DisplayName("sends $disconnect once, with the client's close code, after the client closed")
    void clientClose() throws Exception {
        TestSocket socket = api.open("t1");
        String connectionId = function.connectionIdOf("t1");

        socket.sendClose(1000, "bye");

        assertThat(socket.closeCode()).isEqualTo(1000);
        Eventually.until(() -> !function.eventsOf(connectionId, "DISCONNECT").isEmpty());
        JsonNode context = function.eventsOf(connectionId, "DISCONNECT").getFirst().path("requestContext");
        assertThat(context.path("routeKey").asText()).isEqualTo("$disconnect");
        assertThat(context.path("disconnectStatusCode").asInt()).isEqualTo(1000);
        assertThat(context.path("disconnectReason").asText()).isEqualTo("bye");
        Eventually.until(() -> api.openConnections() == 0);
        assertThat(function.eventsOf(connectionId, "DISCONNECT")).hasSize(1);
    }

    @Test
    @DisplayName("sends $disconnect when the TCP connection drops without a close frame")
    void droppedConnection() throws Exception {
        try (var raw = RawWebSocket.open(api.port(), "/ws?token=raw")) {
            assertThat(raw.statusLine()).startsWith("HTTP/1.1 101");
        }
        String connectionId = function.connectionIdOf("raw");

        Eventually.until(() -> !function.eventsOf(connectionId, "DISCONNECT").isEmpty());
        assertThat(function.eventsOf(connectionId, "DISCONNECT").getFirst()
                .path("requestContext").path("disconnectStatusCode").asInt()).isEqualTo(1006);
    }

    @Test
    @DisplayName("joins a message sent in several frames, up to 128 KB")
    void fragmentedMessage() throws Exception {
        TestSocket socket = api.open("t1");
        String connectionId = function.connectionIdOf("t1");
        String part = "x".repeat(30 * 1024);

        socket.sendInFrames(part, part, part, part);

        Eventually.until(() -> !function.eventsOf(connectionId, "MESSAGE").isEmpty());
        assertThat(function.eventsOf(connectionId, "MESSAGE").getFirst().path("body").asText())
                .hasSize(4 * part.length());
    }

    @Test
    @DisplayName("closes with 1009 on a message above 128 KB")
    void messageTooBig() throws Exception {
        TestSocket socket = api.open("t1");
        String connectionId = function.connectionIdOf("t1");
        String part = "x".repeat(30 * 1024);

        socket.sendInFrames(part, part, part, part, part);

        assertThat(socket.closeCode()).isEqualTo(1009);
        Eventually.until(() -> !function.eventsOf(connectionId, "DISCONNECT").isEmpty());
        assertThat(function.eventsOf(connectionId, "DISCONNECT").getFirst()
                .path("requestContext").path("disconnectStatusCode").asInt()).isEqualTo(1009);
        assertThat(function.eventsOf(connectionId, "MESSAGE")).isEmpty();
    }

    @Test
    @DisplayName("closes with 1009 on a single frame above 32 KB")
    void frameTooBig() throws Exception {
        try (var raw = RawWebSocket.open(api.port(), "/ws?token=raw")) {
            raw.sendTextFrame(new byte[WebSocketGateway.MAX_FRAME_BYTES + 1]);

            RawWebSocket.Frame answer = raw.readFrame();
            assertThat(answer.opcode()).isEqualTo(8);
            assertThat(answer.closeCode()).isEqualTo(1009);
        }
    }

    @Test
    @DisplayName("closes with 1003 on a binary frame, which API Gateway does not take")
    void binary() throws Exception {
        TestSocket socket = api.open("t1");

        socket.sendBinary(new byte[]{1, 2, 3});

        assertThat(socket.closeCode()).isEqualTo(1003);
    }

    @Test
    @DisplayName("closes every socket with 1001 when it stops, after their $disconnect ran")
    void stopping() throws Exception {
        TestSocket socket = api.open("t1");
        String connectionId = function.connectionIdOf("t1");

        api.closeGateway();

        assertThat(function.eventsOf(connectionId, "DISCONNECT")).hasSize(1);
        assertThat(socket.closeCode()).isEqualTo(1001);
    }
}
