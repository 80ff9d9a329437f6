package dev.focus.realtime;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.focus.broadcast.Connections;
import dev.focus.emulators.LocalCloud;
import dev.focus.realtime.adapter.WebSocketHandler;
import dev.focus.resources.Setting;
import dev.focus.resources.WebSocketApi;
import dev.focus.rooms.application.RoomDirectory;
import dev.focus.rooms.application.RoomDraft;
import dev.focus.rooms.application.Viewer;
import dev.focus.rooms.model.TimerSettings;
import dev.focus.rooms.model.Visibility;
import dev.focus.security.AccessTokens;
import dev.focus.testkit.WithLocalCloud;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Client messages are held to the HTTP bodies' rules (docs/api.md, "Input rules"), through the real handler with
 * its connections in DynamoDB Local: each bad message answers an error and the connection stays open.
 */
@WithLocalCloud
class StrictClientMessagesTest {

    private static final String SECRET = "strict-client-messages-test-secret-long-enough";
    private static final ObjectMapper JSON = new ObjectMapper();
    static LocalCloud cloud;
    static ApplicationContext context;
    static WebSocketHandler handler;
    static String roomId;
    private String connectionId;

    @BeforeAll
    static void start() {
        var settings = new HashMap<String, Object>(cloud.settings());
        settings.put(Setting.JWT_SECRET.property(), SECRET);
        settings.put(Setting.WEBSOCKET_ENDPOINT.property(), "http://127.0.0.1:9");
        context = ApplicationContext.run(settings);
        handler = new WebSocketHandler(context);
        roomId = context.getBean(RoomDirectory.class).create(new RoomDraft("strict " + UUID.randomUUID(),
                new TimerSettings(25, 5, 15, 4, false, false), 10, Visibility.PUBLIC),
                new Viewer("host-" + UUID.randomUUID(), "host", false)).orElseThrow().id();
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @BeforeEach
    void connect() {
        connectionId = "c" + UUID.randomUUID().toString().substring(0, 8) + "=";
        String token = new AccessTokens(() -> SECRET, Clock.systemUTC()).issue("u-" + connectionId, "ada", List.of("USER")).token();
        var event = event(WebSocketApi.CONNECT, null);
        event.setQueryStringParameters(Map.of("token", token));
        assertThat(handler.handleRequest(event, null).getStatusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("a message that repeats a key is not read: INVALID_MESSAGE, naming the key")
    void duplicateKeys() {
        JsonNode error = error(send("{\"action\":\"subscribe\",\"room_id\":\"" + roomId + "\",\"room_id\":\"other\"}"),
                "INVALID_MESSAGE");
        assertThat(error.get("message").asText()).contains("repeats a field: room_id");
        assertThat(error.get("errors")).as("only VALIDATION_FAILED names fields").isEmpty();
        assertConnectionKept();
    }

    @Test
    @DisplayName("room_id as a number is not taken as text: VALIDATION_FAILED, naming room_id")
    void roomIdAsNumber() {
        assertInvalidField(send("{\"action\":\"subscribe\",\"room_id\":42}"), "must be a string");
        assertConnectionKept();
    }

    @Test
    @DisplayName("room_id as an array is not taken as its element: VALIDATION_FAILED, naming room_id")
    void roomIdAsArray() {
        assertInvalidField(send("{\"action\":\"subscribe\",\"room_id\":[\"" + roomId + "\"]}"), "must be a string");
        assertConnectionKept();
    }

    @Test
    @DisplayName("a NUL in room_id is refused: VALIDATION_FAILED, naming room_id")
    void nulInRoomId() {
        assertInvalidField(send("{\"action\":\"subscribe\",\"room_id\":\"" + roomId + "\\u0000\"}"),
                "must not contain control characters");
        assertConnectionKept();
    }

    @Test
    @DisplayName("a raw, unescaped NUL in a string is not JSON: INVALID_MESSAGE")
    void rawNulInRoomId() {
        error(send("{\"action\":\"subscribe\",\"room_id\":\"" + roomId + "\u0000\"}"), "INVALID_MESSAGE");
        assertConnectionKept();
    }

    @Test
    @DisplayName("a trailing brace after the message is not one JSON document: INVALID_MESSAGE")
    void trailingBrace() {
        error(send("{\"action\":\"subscribe\",\"room_id\":\"" + roomId + "\"}}"), "INVALID_MESSAGE");
        assertConnectionKept();
    }

    @Test
    @DisplayName("a valid subscribe still answers the room's state")
    void validSubscribe() {
        JsonNode state = send("{\"action\":\"subscribe\",\"room_id\":\"" + roomId + "\"}");
        assertThat(state.get("type").asText()).as(state.toString()).isEqualTo("room_state");
        assertThat(state.at("/data/room/id").asText()).isEqualTo(roomId);
    }

    private void assertInvalidField(JsonNode reply, String problem) {
        JsonNode error = error(reply, "VALIDATION_FAILED");
        assertThat(error.get("errors")).hasSize(1);
        assertThat(error.at("/errors/0/field").asText()).isEqualTo("room_id");
        assertThat(error.at("/errors/0/message").asText()).isEqualTo(problem);
        assertThat(error.get("message").asText()).isEqualTo("room_id " + problem + ".");
    }

    private static JsonNode error(JsonNode reply, String code) {
        assertThat(reply.get("type").asText()).as(reply.toString()).isEqualTo("error");
        assertThat(reply.get("code").asText()).as(reply.toString()).isEqualTo(code);
        return reply;
    }

    /** Open as before: the connection is still stored, and it still answers. */
    private void assertConnectionKept() {
        assertThat(context.getBean(Connections.class).find(connectionId)).isPresent();
        assertThat(send("{\"action\":\"ping\"}").get("type").asText()).isEqualTo("pong");
    }

    private JsonNode send(String message) {
        APIGatewayV2WebSocketResponse response = handler.handleRequest(event(WebSocketApi.DEFAULT, message), null);
        assertThat(response.getStatusCode()).isEqualTo(200);
        try {
            return JSON.readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError(response.getBody(), e);
        }
    }

    private APIGatewayV2WebSocketEvent event(String routeKey, String body) {
        var requestContext = new APIGatewayV2WebSocketEvent.RequestContext();
        requestContext.setRouteKey(routeKey);
        requestContext.setConnectionId(connectionId);
        var event = new APIGatewayV2WebSocketEvent();
        event.setRequestContext(requestContext);
        event.setBody(body);
        return event;
    }
}
