package dev.focus.localstack;

import dev.focus.emulators.RecordingWebSocket;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the stack's dispatcher serves the WebSocket API: only when it hosts its function, and while it stops. */
@DisplayName("The stack's WebSocket endpoint")
class WebSocketWiringTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    @DisplayName("answers 404 on /ws and /@connections when the stack hosts no function for it")
    void withoutTheFunction() throws Exception {
        try (var api = LocalWebSocketApi.withoutWebSocketApi()) {
            assertThatThrownBy(() -> api.open("t1"))
                    .isInstanceOfSatisfying(RecordingWebSocket.Refused.class,
                            refused -> assertThat(refused.status()).isEqualTo(404));
            assertThat(api.get("/@connections/AAAAAAAAAAAAAAA%3D").statusCode()).isEqualTo(404);
            assertThat(json.readTree(api.get("/health").body()).has("websocket")).isFalse();
        }
    }

    @Test
    @DisplayName("is listed by /health with its URL and how many connections are open")
    void health() throws Exception {
        try (var api = LocalWebSocketApi.serving(new FakeRealtimeFunction(), WebSocketLimits.AWS);
             var ignored = api.open("t1")) {
            JsonNode webSocket = json.readTree(api.get("/health").body()).path("websocket");

            assertThat(webSocket.path("url").asText()).isEqualTo("ws://localhost:" + api.port() + "/ws");
            assertThat(webSocket.path("management_endpoint").asText()).isEqualTo(api.baseUri().toString());
            assertThat(webSocket.path("function").asText()).isEqualTo("realtime");
            assertThat(webSocket.path("open_connections").asInt()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("asks for an upgrade when /ws is called without one")
    void plainRequest() throws Exception {
        try (var api = LocalWebSocketApi.serving(new FakeRealtimeFunction(), WebSocketLimits.AWS)) {
            HttpResponse<String> response = api.get("/ws");

            assertThat(response.statusCode()).isEqualTo(426);
            assertThat(response.headers().firstValue("upgrade")).hasValue("websocket");
        }
    }

    @Test
    @DisplayName("refuses new sockets with 503 while the stack stops, but keeps answering the Management API")
    void stopping() throws Exception {
        try (var api = LocalWebSocketApi.serving(new FakeRealtimeFunction(), WebSocketLimits.AWS)) {
            api.startStopping();

            assertThatThrownBy(() -> api.open("t1"))
                    .isInstanceOfSatisfying(RecordingWebSocket.Refused.class,
                            refused -> assertThat(refused.status()).isEqualTo(503));
            assertThat(api.get("/@connections/AAAAAAAAAAAAAAA%3D").statusCode()).isEqualTo(410);
        }
    }
}
