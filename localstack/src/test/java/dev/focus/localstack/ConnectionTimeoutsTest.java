package dev.focus.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The idle timeout and the maximum duration, shortened as a developer would to try a client's reconnects. */
@DisplayName("The local WebSocket API's time limits")
class ConnectionTimeoutsTest {

    private final FakeRealtimeFunction function = new FakeRealtimeFunction();

    @Test
    @DisplayName("close an idle connection with 1001 and tell the function why")
    void idle() throws Exception {
        try (var api = LocalWebSocketApi.serving(function, new WebSocketLimits(Duration.ofMillis(500), Duration.ofHours(2)));
             TestSocket socket = api.open("t1")) {
            String connectionId = function.connectionIdOf("t1");

            assertThat(socket.closeCode()).isEqualTo(1001);
            Eventually.until(() -> !function.eventsOf(connectionId, "DISCONNECT").isEmpty());
            JsonNode context = function.eventsOf(connectionId, "DISCONNECT").getFirst().path("requestContext");
            assertThat(context.path("disconnectStatusCode").asInt()).isEqualTo(1001);
            assertThat(context.path("disconnectReason").asText()).isEqualTo("Going away");
        }
    }

    @Test
    @DisplayName("do not count pings as activity, as on AWS")
    void pingsDoNotCount() throws Exception {
        try (var api = LocalWebSocketApi.serving(function, new WebSocketLimits(Duration.ofMillis(500), Duration.ofHours(2)));
             TestSocket socket = api.open("t1")) {
            // were pings activity, this would go on until the 10 s wait fails
            Eventually.until(() -> {
                unlessClosed(socket, TestSocket::ping);
                return socket.isClosed();
            });

            assertThat(socket.closeCode()).isEqualTo(1001);
            assertThat(socket.pongs()).isPositive();
        }
    }

    @Test
    @DisplayName("keep a connection with messages open past the idle timeout, until its maximum duration")
    void maximumDuration() throws Exception {
        Duration idle = Duration.ofSeconds(3);
        Duration max = Duration.ofSeconds(6);
        try (var api = LocalWebSocketApi.serving(function, new WebSocketLimits(idle, max));
             TestSocket socket = api.open("t1")) {
            long opened = System.nanoTime();
            while (!socket.isClosed()) {
                unlessClosed(socket, s -> s.send("{\"action\":\"presence\"}"));
                Eventually.sleep(Duration.ofMillis(100));
            }
            Duration lived = Duration.ofNanos(System.nanoTime() - opened);

            assertThat(socket.closeCode()).isEqualTo(1001);
            // closed by the maximum duration, not the idle timeout; only a 3 s stall of this thread could fool it
            assertThat(lived).isGreaterThan(max.minus(Duration.ofSeconds(1)));
        }
    }

    private interface SocketAction {
        void on(TestSocket socket) throws Exception;
    }

    private static void unlessClosed(TestSocket socket, SocketAction action) {
        try {
            if (!socket.isClosed()) {
                action.on(socket);
            }
        } catch (Exception closedMeanwhile) {
            // the gateway closed the socket between the check and the action
        }
    }
}
