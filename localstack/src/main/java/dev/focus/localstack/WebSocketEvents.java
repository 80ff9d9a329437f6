package dev.focus.localstack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.focus.resources.WebSocketApi;
import io.netty.handler.codec.http.QueryStringDecoder;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The events a WebSocket API sends its Lambda proxy integration ({@code APIGatewayV2WebSocketEvent}: routeKey,
 * eventType, connectionId, ... in {@code requestContext}), the route a message selects, and how the function's
 * answer is read.
 */
final class WebSocketEvents {

    /** Locally there is one API and one stage; on AWS the stage is part of the URL. */
    static final String STAGE = "local";
    static final String API_ID = "local";

    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** The function's answer: its status code (200 when it gave none) and body, if any. */
    record Reply(int statusCode, Optional<String> body) {

        boolean accepted() {
            return statusCode >= 200 && statusCode < 300;
        }
    }

    private final ObjectMapper json;
    private final WebSocketApi api;

    WebSocketEvents(ObjectMapper json, WebSocketApi api) {
        this.json = json;
        this.api = api;
    }

    String connect(ConnectionContext connection, List<Map.Entry<String, String>> headers, String rawQuery,
                   String requestId) {
        ObjectNode event = json.createObjectNode();
        ObjectNode single = event.putObject("headers");
        ObjectNode multi = event.putObject("multiValueHeaders");
        headers.forEach(h -> {
            single.put(h.getKey(), h.getValue());
            withArray(multi, h.getKey()).add(h.getValue());
        });
        Map<String, List<String>> parameters = new QueryStringDecoder(rawQuery, false).parameters();
        if (!parameters.isEmpty()) {
            ObjectNode singleParameters = event.putObject("queryStringParameters");
            ObjectNode multiParameters = event.putObject("multiValueQueryStringParameters");
            parameters.forEach((name, values) -> {
                singleParameters.put(name, values.getLast());
                values.forEach(withArray(multiParameters, name)::add);
            });
        }
        event.set("requestContext", context(connection, WebSocketApi.CONNECT, "CONNECT", requestId,
                connection.connectedAt()));
        event.put("isBase64Encoded", false);
        return event.toString();
    }

    String message(ConnectionContext connection, String routeKey, String body, String messageId, String requestId,
                   Instant received) {
        ObjectNode event = json.createObjectNode();
        ObjectNode context = context(connection, routeKey, "MESSAGE", requestId, received);
        context.put("messageId", messageId);
        event.set("requestContext", context);
        event.put("body", body);
        event.put("isBase64Encoded", false);
        return event.toString();
    }

    String disconnect(ConnectionContext connection, CloseStatus status, String requestId, Instant closed) {
        ObjectNode event = json.createObjectNode();
        ObjectNode context = context(connection, WebSocketApi.DISCONNECT, "DISCONNECT", requestId, closed);
        context.put("disconnectStatusCode", status.code());
        context.put("disconnectReason", status.reason());
        event.set("requestContext", context);
        event.put("isBase64Encoded", false);
        return event.toString();
    }

    /** The message API Gateway sends the client when the integration failed on a two-way route. */
    String internalServerError(String connectionId, String requestId) {
        return json.createObjectNode().put("message", "Internal server error").put("connectionId", connectionId)
                .put("requestId", requestId).toString();
    }

    /**
     * The route of {@code $request.body.action}: the JSON body's {@code action} when it names a declared route, else
     * {@code $default} (also for a body that is not JSON).
     */
    String routeKey(String body) {
        try {
            JsonNode action = json.readTree(body).path("action");
            return action.isTextual() && api.actions().contains(action.asText()) ? action.asText() : WebSocketApi.DEFAULT;
        } catch (JsonProcessingException notJson) {
            return WebSocketApi.DEFAULT;
        }
    }

    /** @throws IllegalArgumentException when the function answered something that is not JSON */
    Reply reply(String responseJson) {
        JsonNode response;
        try {
            response = json.readTree(responseJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON: " + responseJson, e);
        }
        JsonNode body = response.path("body");
        return new Reply(response.path("statusCode").asInt(200),
                body.isTextual() ? Optional.of(body.asText()) : Optional.empty());
    }

    private ObjectNode context(ConnectionContext connection, String routeKey, String eventType, String requestId,
                               Instant at) {
        ObjectNode context = json.createObjectNode();
        context.put("routeKey", routeKey);
        context.put("eventType", eventType);
        context.put("extendedRequestId", requestId);
        context.put("requestTime", REQUEST_TIME.format(at));
        context.put("messageDirection", "IN");
        context.put("stage", STAGE);
        context.put("connectedAt", connection.connectedAt().toEpochMilli());
        context.put("requestTimeEpoch", at.toEpochMilli());
        ObjectNode identity = context.putObject("identity");
        identity.put("sourceIp", connection.sourceIp());
        connection.userAgent().ifPresent(agent -> identity.put("userAgent", agent));
        context.put("requestId", requestId);
        context.put("domainName", connection.domainName());
        context.put("connectionId", connection.connectionId());
        context.put("apiId", API_ID);
        return context;
    }

    private static ArrayNode withArray(ObjectNode parent, String name) {
        return parent.has(name) ? (ArrayNode) parent.get(name) : parent.putArray(name);
    }
}
