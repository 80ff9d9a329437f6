package dev.focus.localstack;

import dev.focus.emulators.RecordingWebSocket;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketEvent;
import dev.focus.lambda.host.IsolatedFunction;
import dev.focus.localstack.fixture.WebSocketEventHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The gateway's events read by a real {@code RequestHandler<APIGatewayV2WebSocketEvent,
 * APIGatewayV2WebSocketResponse>} in its own jar, through the Lambda bridge's serializers, as the realtime function
 * will read them; and its response read back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("A real WebSocket handler in its own jar")
class RealWebSocketHandlerTest {

    private IsolatedFunction function;
    private LocalWebSocketApi api;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        // the function jar carries aws-lambda-java-events, as the realtime jar does; the bridge brings the rest
        Path jar = FixtureJars.jarOf(dir, "websocket", FixtureJars.libraryOf(APIGatewayV2WebSocketEvent.class),
                WebSocketEventHandler.class);
        function = IsolatedFunction.load("realtime", jar, WebSocketEventHandler.class.getName());
        api = LocalWebSocketApi.serving(function::invoke, WebSocketLimits.AWS);
    }

    @AfterAll
    void stop() throws IOException {
        api.close();
        function.close();
    }

    @Test
    @DisplayName("reads every field of $connect, and its 401 refuses the upgrade")
    void connect() throws Exception {
        try (TestSocket ignored = api.open("good")) {
            assertThatThrownBy(() -> api.open("bad"))
                    .isInstanceOfSatisfying(RecordingWebSocket.Refused.class,
                            refused -> assertThat(refused.status()).isEqualTo(401));
        }
    }

    @Test
    @DisplayName("reads a message's route, connection, id and body, and its response body comes back")
    void message() throws Exception {
        try (TestSocket socket = api.open("good")) {
            socket.send("{\"action\":\"subscribe\",\"roomId\":\"r1\"}");

            assertThat(socket.nextMessage())
                    .matches("subscribe [A-Za-z0-9_-]{15}= [A-Za-z0-9_-]{15}= \\{\"action\":\"subscribe\",\"roomId\":\"r1\"}");
        }
    }

    @Test
    @DisplayName("reads $disconnect, whose close code and reason are fields the event class does not have")
    void disconnect() throws Exception {
        String closedId;
        try (TestSocket socket = api.open("good")) {
            socket.send("whoami");
            closedId = socket.nextMessage().split(" ")[1];
            socket.sendClose(1000, "bye");
            socket.closeCode();
        }
        try (TestSocket socket = api.open("good")) {
            Eventually.until(() -> lastDisconnect(socket).equals("$disconnect " + closedId));
        }
    }

    private static String lastDisconnect(TestSocket socket) {
        try {
            socket.send("last-disconnect");
            return socket.nextMessage();
        } catch (Exception e) {
            throw new AssertionError("The socket failed", e);
        }
    }
}
