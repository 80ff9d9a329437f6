package dev.focus.localstack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The body of {@code GET /health}: fixed once the stack is up, but for the WebSocket API's count of open
 * connections.
 */
final class HealthReport {

    private final ObjectMapper json;
    private final Map<String, Object> fixed;
    private final Optional<WebSocketGateway> webSocket;
    private final String authority;

    HealthReport(ObjectMapper json, int port, Duration startup, Map<String, Duration> functionInits,
                 Map<String, String> endpoints, Map<String, String> eventSources, Optional<WebSocketGateway> webSocket) {
        this.json = json;
        this.webSocket = webSocket;
        this.authority = "localhost:" + port;
        var functions = new LinkedHashMap<String, Object>();
        functionInits.forEach((name, init) -> functions.put(name, Map.of("init_ms", init.toMillis())));
        var body = new LinkedHashMap<String, Object>();
        body.put("status", "UP");
        body.put("port", port);
        body.put("startup_ms", startup.toMillis());
        body.put("functions", functions);
        body.put("endpoints", endpoints);
        // queue -> the function it feeds, as Lambda's event source mappings
        body.put("event_sources", eventSources);
        this.fixed = body;
    }

    String upJson() {
        var body = new LinkedHashMap<>(fixed);
        webSocket.ifPresent(gateway -> {
            var ws = new LinkedHashMap<String, Object>();
            ws.put("url", "ws://" + authority + gateway.path());
            ws.put("management_endpoint", "http://" + authority);
            ws.put("function", gateway.functionName());
            ws.put("open_connections", gateway.openConnections());
            body.put("websocket", ws);
        });
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the health report", e);
        }
    }

    static String notUpJson(String status) {
        return "{\"status\":\"" + status + "\"}";
    }
}
