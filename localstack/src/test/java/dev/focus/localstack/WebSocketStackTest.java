package dev.focus.localstack;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.focus.localstack.fixture.WebSocketEventHandler;
import dev.focus.resources.FocusResources;
import dev.focus.resources.Setting;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole stack (emulators included) hosting a handler in its own jar under the WebSocket API's function name, as it
 * will host the realtime function: the stack serves the API, configures the function to reach the Management API,
 * and closes the sockets when it stops.
 */
@DisplayName("The stack hosting the WebSocket API's function")
class WebSocketStackTest {

    @Test
    @DisplayName("serves ws://localhost:<port>/ws, tells the function where to post, and closes sockets with 1001 on stop")
    void servesTheWebSocketApi(@TempDir Path dir) throws Exception {
        Path jar = FixtureJars.jarOf(dir, "realtime", FixtureJars.libraryOf(APIGatewayV2WebSocketEvent.class),
                WebSocketEventHandler.class);
        var realtime = new HostedFunction(FocusResources.WEBSOCKET_API.function(), jar,
                WebSocketEventHandler.class.getName(), List.of(), Set.of(Setting.WEBSOCKET_ENDPOINT),
                "(packed by the test)");
        TestSocket socket;
        try (LocalStack stack = LocalStack.start(StackOptions.ephemeral(TestStack.ROOT), List.of(realtime))) {
            socket = TestSocket.open(URI.create("ws://localhost:" + stack.port() + "/ws?token=good"));

            socket.send("management-endpoint");
            assertThat(socket.nextMessage()).isEqualTo(stack.baseUri().toString());
            String health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(stack.baseUri() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(new ObjectMapper().readTree(health).path("websocket").path("open_connections").asInt())
                    .isEqualTo(1);
        }
        assertThat(socket.closeCode()).isEqualTo(1001);
    }
}
