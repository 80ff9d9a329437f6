package dev.focus.localstack;

import dev.focus.lambda.host.FunctionInvocationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * The WebSocket API's Lambda proxy integration: one event to the function, its reply read back, one line logged
 * beside the HTTP requests ({@code ws subscribe L0SM9cOFvHcCIhw= -> realtime 200 12 ms}).
 */
final class WebSocketIntegration {

    private static final Logger LOG = LoggerFactory.getLogger(WebSocketIntegration.class);
    private static final Logger REQUESTS = LoggerFactory.getLogger("dev.focus.localstack.requests");

    private final String functionName;
    private final WebSocketFunction function;
    private final WebSocketEvents events;

    WebSocketIntegration(String functionName, WebSocketFunction function, WebSocketEvents events) {
        this.functionName = functionName;
        this.function = function;
        this.events = events;
    }

    String functionName() {
        return functionName;
    }

    /** The function's reply, or empty when it threw or answered something that is not JSON (both logged). */
    Optional<WebSocketEvents.Reply> invoke(String route, String connectionId, String event) {
        long startNanos = System.nanoTime();
        Optional<WebSocketEvents.Reply> reply;
        try {
            reply = Optional.of(events.reply(function.invoke(event)));
        } catch (FunctionInvocationException e) {
            LOG.error("{} failed on WebSocket route {} of connection {}", functionName, route, connectionId, e);
            reply = Optional.empty();
        } catch (IllegalArgumentException e) {
            LOG.error("{} answered WebSocket route {} with a response API Gateway cannot read", functionName, route, e);
            reply = Optional.empty();
        }
        REQUESTS.info("ws {} {} -> {} {} {} ms", route, connectionId, functionName,
                reply.map(r -> String.valueOf(r.statusCode())).orElse("failed"),
                (System.nanoTime() - startNanos) / 1_000_000);
        return reply;
    }
}
