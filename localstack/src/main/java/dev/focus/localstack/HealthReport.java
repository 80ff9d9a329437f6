package dev.focus.localstack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The body of {@code GET /health}: fixed once the stack is up, so it is written once. */
final class HealthReport {

    private final String upJson;

    HealthReport(ObjectMapper json, int port, Duration startup, Map<String, Duration> functionInits,
                 Map<String, String> endpoints, Map<String, String> eventSources) {
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
        try {
            this.upJson = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the health report", e);
        }
    }

    String upJson() {
        return upJson;
    }

    static String notUpJson(String status) {
        return "{\"status\":\"" + status + "\"}";
    }
}
