package dev.focus.realtime.adapter;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketResponse;
import dev.focus.broadcast.Connections;
import dev.focus.resources.WebSocketApi;
import dev.focus.security.AccessTokenVerifier;
import dev.focus.security.Caller;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;

/**
 * The WebSocket API's one handler (function realtime). {@code $connect} accepts a connection only with a valid
 * access token in the query string ({@code ?token=}) of a user who is not suspended, and stores it; {@code $disconnect} removes it with its
 * subscriptions; every other route is a client message whose answer (if any) is this invocation's response body,
 * which API Gateway sends back on the same connection (two-way routes).
 */
public class WebSocketHandler extends MicronautRequestHandler<APIGatewayV2WebSocketEvent, APIGatewayV2WebSocketResponse> {

    private static final Logger LOG = LoggerFactory.getLogger(WebSocketHandler.class);

    @Inject
    AccessTokenVerifier tokens;
    @Inject
    Connections connections;
    @Inject
    ClientMessages messages;

    public WebSocketHandler() {
    }

    /** For tests: a handler in a context built elsewhere. */
    public WebSocketHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public APIGatewayV2WebSocketResponse execute(APIGatewayV2WebSocketEvent event) {
        var context = event.getRequestContext();
        String connectionId = context.getConnectionId();
        return switch (context.getRouteKey()) {
            case WebSocketApi.CONNECT -> connect(connectionId, event.getQueryStringParameters());
            case WebSocketApi.DISCONNECT -> {
                connections.close(connectionId);
                yield response(200, null);
            }
            default -> response(200, messages.handle(connectionId, event.getBody()).orElse(null));
        };
    }

    private APIGatewayV2WebSocketResponse connect(String connectionId, Map<String, String> query) {
        String token = query == null ? null : query.get("token");
        Optional<Caller> caller = tokens.verify(token);
        if (caller.isEmpty()) {
            LOG.info("Connection {} refused: {} access token", connectionId, token == null ? "no" : "an invalid");
            return response(401, "{\"message\":\"Unauthorized\"}");
        }
        Caller who = caller.get();
        if (connections.blocked(who.userId())) {
            LOG.info("Connection {} refused: user {} is suspended", connectionId, who.userId());
            return response(403, "{\"message\":\"Forbidden\"}");
        }
        connections.open(connectionId, who.userId(), who.username(), who.roles());
        return response(200, null);
    }

    private static APIGatewayV2WebSocketResponse response(int status, String body) {
        var response = new APIGatewayV2WebSocketResponse();
        response.setStatusCode(status);
        response.setBody(body);
        return response;
    }
}
