package dev.focus.localstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.focus.emulators.PercentEncoding;
import dev.focus.resources.WebSocketApi;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * API Gateway's Management API for WebSocket connections, as the AWS SDK's {@code ApiGatewayManagementApiClient}
 * calls it with the stack's base URL as endpoint: {@code POST} (send a message), {@code GET} (describe) and
 * {@code DELETE} (close) {@code /@connections/{connectionId}}. Errors carry {@code x-amzn-ErrorType}, which the
 * SDK turns into {@code GoneException}, {@code PayloadTooLargeException} and {@code LimitExceededException}: those
 * stay AWS's shape, which the SDK reads, rather than the gateway's problem documents.
 */
final class ConnectionsApi {

    static final String PREFIX = "/@connections/";

    private final ObjectMapper json;
    private final Function<String, Optional<WebSocketConnection>> openConnections;

    ConnectionsApi(ObjectMapper json, Function<String, Optional<WebSocketConnection>> openConnections) {
        this.json = json;
        this.openConnections = openConnections;
    }

    static boolean serves(String path) {
        return path.startsWith(PREFIX);
    }

    LocalResponse handle(LocalRequest request) {
        // the SDK URL-encodes the id ('=' as %3D); decoded apart from the path, as an encoded '/' would be part of it
        String rawPath = request.rawPath();
        String connectionId = PercentEncoding.decodePath(rawPath.substring(rawPath.indexOf('/', 1) + 1));
        if (connectionId.isEmpty() || connectionId.contains("/")) {
            return GatewayProblem.notFound(request.method(), request.path()).response();
        }
        return switch (request.method()) {
            case "POST" -> post(connectionId, request.body());
            case "GET" -> openConnections.apply(connectionId).map(this::describe).orElseGet(this::gone);
            case "DELETE" -> openConnections.apply(connectionId).map(ConnectionsApi::delete)
                    .orElseGet(this::gone);
            default -> GatewayProblem.notFound(request.method(), request.path()).response();
        };
    }

    private LocalResponse post(String connectionId, byte[] data) {
        if (data.length > WebSocketApi.MAX_MESSAGE_BYTES) {
            return error(413, "PayloadTooLargeException",
                    "Request entity too large: at most " + WebSocketApi.MAX_MESSAGE_BYTES + " bytes");
        }
        return openConnections.apply(connectionId).map(connection -> switch (connection.post(data)) {
            case SENT -> new LocalResponse(200, List.of(), new byte[0]);
            case GONE -> gone();
            case CLIENT_BUFFER_FULL -> error(429, "LimitExceededException", "The client side buffer is full");
        }).orElseGet(this::gone);
    }

    /**
     * The body of GetConnection: ISO-8601 times and camel-case names, the wire names the SDK's GetConnectionResponse
     * reads (its getters are {@code connectedAt()}, {@code identity().sourceIp()}, ...).
     */
    private LocalResponse describe(WebSocketConnection connection) {
        ObjectNode body = json.createObjectNode();
        body.put("connectedAt", iso(connection.context().connectedAt()));
        ObjectNode identity = body.putObject("identity");
        identity.put("sourceIp", connection.context().sourceIp());
        connection.context().userAgent().ifPresent(agent -> identity.put("userAgent", agent));
        body.put("lastActiveAt", iso(connection.lastActiveAt()));
        return LocalResponse.json(200, body.toString());
    }

    private static LocalResponse delete(WebSocketConnection connection) {
        connection.close(CloseStatus.NORMAL);
        return new LocalResponse(204, List.of(), new byte[0]);
    }

    private LocalResponse gone() {
        return error(410, "GoneException", "The connection is gone: closed, or never opened");
    }

    private LocalResponse error(int status, String type, String message) {
        String body = json.createObjectNode().put("message", message).toString();
        return new LocalResponse(status, List.of(Map.entry("Content-Type", LocalResponse.JSON),
                Map.entry("x-amzn-ErrorType", type)), body.getBytes(StandardCharsets.UTF_8));
    }

    private static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
