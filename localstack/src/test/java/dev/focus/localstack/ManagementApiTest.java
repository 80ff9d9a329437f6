package dev.focus.localstack;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GetConnectionResponse;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GoneException;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.PayloadTooLargeException;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Management API ({@code /@connections/{id}}) through the AWS SDK client the functions use, endpoint overridden. */
@DisplayName("The local Management API, called with the AWS SDK")
class ManagementApiTest {

    private final FakeRealtimeFunction function = new FakeRealtimeFunction();
    private final LocalWebSocketApi api = LocalWebSocketApi.serving(function, WebSocketLimits.AWS);

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    @DisplayName("posts a message to the socket as one text frame")
    void post() throws Exception {
        TestSocket socket = api.open("t1");
        String connectionId = function.connectionIdOf("t1");

        api.management.postToConnection(r -> r.connectionId(connectionId)
                .data(SdkBytes.fromUtf8String("{\"type\":\"timer_update\",\"é\":1}")));

        assertThat(socket.nextMessage()).isEqualTo("{\"type\":\"timer_update\",\"é\":1}");
    }

    @Test
    @DisplayName("posts a message of exactly 128 KB, and refuses one byte more with PayloadTooLargeException")
    void sizeLimit() throws Exception {
        TestSocket socket = api.open("t1");
        String connectionId = function.connectionIdOf("t1");
        String largest = "y".repeat(128 * 1024);

        api.management.postToConnection(r -> r.connectionId(connectionId)
                .data(SdkBytes.fromUtf8String(largest)));
        assertThatThrownBy(() -> api.management.postToConnection(r -> r.connectionId(connectionId)
                .data(SdkBytes.fromUtf8String(largest + "y"))))
                .isInstanceOfSatisfying(PayloadTooLargeException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(413));

        assertThat(socket.nextMessage()).isEqualTo(largest);
    }

    @Test
    @DisplayName("answers GoneException for an id that never connected")
    void unknown() {
        assertThatThrownBy(() -> api.management.postToConnection(r -> r.connectionId("AAAAAAAAAAAAAAA=")
                .data(SdkBytes.fromUtf8String("hi"))))
                .isInstanceOfSatisfying(GoneException.class, e -> assertThat(e.statusCode()).isEqualTo(410));
        assertThatThrownBy(() -> api.management.getConnection(r -> r.connectionId("AAAAAAAAAAAAAAA=")))
                .isInstanceOf(GoneException.class);
        assertThatThrownBy(() -> api.management.deleteConnection(r -> r.connectionId("AAAAAAAAAAAAAAA=")))
                .isInstanceOf(GoneException.class);
    }

    @Test
    @DisplayName("answers GoneException once the client closed")
    void goneAfterClose() throws Exception {
        TestSocket socket = api.open("t1");
        String connectionId = function.connectionIdOf("t1");
        socket.sendClose(1000, "bye");
        socket.closeCode();

        assertThatThrownBy(() -> api.management.postToConnection(r -> r.connectionId(connectionId)
                .data(SdkBytes.fromUtf8String("too late"))))
                .isInstanceOf(GoneException.class);
    }

    @Test
    @DisplayName("describes a connection: when it connected, was last active, and who it is")
    void describe() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        TestSocket socket = api.open("t1");
        String connectionId = function.connectionIdOf("t1");
        socket.send("{\"action\":\"ping\"}");
        socket.nextMessage();

        GetConnectionResponse connection = api.management.getConnection(r -> r.connectionId(connectionId));

        assertThat(connection.connectedAt()).isBetween(before, Instant.now());
        assertThat(connection.lastActiveAt()).isAfterOrEqualTo(connection.connectedAt());
        assertThat(connection.identity().sourceIp()).isEqualTo("127.0.0.1");
        assertThat(connection.identity().userAgent()).startsWith("Java-http-client");
    }

    @Test
    @DisplayName("deletes a connection: the client is closed, the function hears $disconnect, the id is gone")
    void delete() throws Exception {
        TestSocket socket = api.open("t1");
        String connectionId = function.connectionIdOf("t1");

        api.management.deleteConnection(r -> r.connectionId(connectionId));

        assertThat(socket.closeCode()).isEqualTo(1000);
        Eventually.until(() -> !function.eventsOf(connectionId, "DISCONNECT").isEmpty());
        assertThatThrownBy(() -> api.management.getConnection(r -> r.connectionId(connectionId)))
                .isInstanceOf(GoneException.class);
    }
}
