package dev.focus.localstack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An answer the gateway gives itself, no function involved: the RFC 9457 document the functions write
 * ({@code dev.focus.kernel.api.Problem}, which this module cannot use: it is Micronaut code), with a stable
 * {@code code}. docs/api.md lists the codes.
 */
record GatewayProblem(int status, String code, String detail) {

    static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://focus.dev/problems/";
    private static final ObjectMapper JSON = new ObjectMapper();

    static GatewayProblem notFound(String method, String path) {
        return new GatewayProblem(404, "NOT_FOUND", "No route for " + method + " " + path + ".");
    }

    static GatewayProblem methodNotAllowed(String method, String path, String allowed) {
        return new GatewayProblem(405, "METHOD_NOT_ALLOWED", method + " is not allowed on " + path + "; use " + allowed + ".");
    }

    static GatewayProblem malformedPath(String why) {
        return new GatewayProblem(400, "MALFORMED_PATH", "The request path cannot be read: " + why + ".");
    }

    static GatewayProblem malformedQuery(String why) {
        return new GatewayProblem(400, "MALFORMED_QUERY", "The query string cannot be read: " + why + ".");
    }

    static GatewayProblem payloadTooLarge(int maxBytes) {
        return new GatewayProblem(413, "PAYLOAD_TOO_LARGE", "The request body is larger than " + maxBytes + " bytes.");
    }

    static GatewayProblem expectationFailed(String expectation) {
        return new GatewayProblem(417, "EXPECTATION_FAILED", "Expect: " + expectation + " is not supported; only 100-continue is.");
    }

    static GatewayProblem requestTimeout(Duration timeout) {
        return new GatewayProblem(400, "REQUEST_TIMEOUT", "The request was still incomplete " + timeout.toMillis()
                + " ms after its last byte (is Content-Length larger than the body sent?).");
    }

    /** The request line or headers cannot be parsed (Netty's decoder failed on them). */
    static GatewayProblem unreadableRequest(Throwable cause) {
        return switch (cause) {
            case TooLongHttpLineException tooLong -> new GatewayProblem(414, "URI_TOO_LONG",
                    "The request line is longer than " + HttpServer.MAX_REQUEST_LINE_BYTES + " bytes.");
            case TooLongHttpHeaderException tooLarge -> new GatewayProblem(431, "HEADERS_TOO_LARGE",
                    "The headers are larger than " + HttpServer.MAX_HEADER_BYTES + " bytes.");
            default -> new GatewayProblem(400, "MALFORMED_REQUEST",
                    "The request line or headers cannot be read: " + cause.getMessage() + ".");
        };
    }

    static GatewayProblem upgradeRequired(String path) {
        return new GatewayProblem(426, "UPGRADE_REQUIRED", path + " is the WebSocket API: connect with a WebSocket upgrade.");
    }

    static GatewayProblem invalidHandshake(String why) {
        return new GatewayProblem(400, "INVALID_WEBSOCKET_HANDSHAKE", "The WebSocket handshake cannot proceed: " + why + ".");
    }

    /** A {@code $connect} that refused the connection without a body of its own. */
    static GatewayProblem connectionRefused(int status) {
        return new GatewayProblem(status, "CONNECTION_REFUSED", "The WebSocket API refused the connection ($connect answered "
                + status + ").");
    }

    static GatewayProblem starting() {
        return new GatewayProblem(503, "SERVICE_STARTING", "The local stack is starting: GET /health answers 200 once it is up.");
    }

    static GatewayProblem stopping() {
        return new GatewayProblem(503, "SERVICE_STOPPING", "The local stack is stopping.");
    }

    static GatewayProblem internalError(String detail) {
        return new GatewayProblem(500, "INTERNAL_ERROR", detail);
    }

    String type() {
        return TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String title() {
        return HttpResponseStatus.valueOf(status).reasonPhrase();
    }

    byte[] json() {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", type());
        body.put("title", title());
        body.put("status", status);
        body.put("detail", detail);
        body.put("code", code);
        body.put("errors", List.of());
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a problem document", e);
        }
    }

    LocalResponse response() {
        return new LocalResponse(status, List.of(Map.entry("Content-Type", MEDIA_TYPE)), json());
    }

    /** With more headers, e.g. {@code Allow} for a 405 or {@code Upgrade} for a 426. */
    LocalResponse response(List<Map.Entry<String, String>> headers) {
        var all = new ArrayList<Map.Entry<String, String>>();
        all.add(Map.entry("Content-Type", MEDIA_TYPE));
        all.addAll(headers);
        return new LocalResponse(status, all, json());
    }
}
