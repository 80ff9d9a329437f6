package dev.focus.localstack;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** What the gateway writes back; {@code headers} may repeat a name (e.g. several Set-Cookie). */
record LocalResponse(int status, List<Map.Entry<String, String>> headers, byte[] body) {

    static final String JSON = "application/json";

    LocalResponse {
        headers = List.copyOf(headers);
    }

    static LocalResponse of(int status, String contentType, byte[] body) {
        return new LocalResponse(status, List.of(Map.entry("Content-Type", contentType)), body);
    }

    static LocalResponse of(int status, String contentType, String body) {
        return of(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static LocalResponse json(int status, String json) {
        return of(status, JSON, json);
    }

    static LocalResponse html(String html) {
        return of(200, "text/html; charset=utf-8", html);
    }

    static LocalResponse redirect(String location) {
        return new LocalResponse(302, List.of(Map.entry("Location", location)), new byte[0]);
    }
}
