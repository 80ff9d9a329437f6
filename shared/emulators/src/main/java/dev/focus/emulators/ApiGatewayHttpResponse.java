package dev.focus.emulators;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A handler's payload 2.0 answer as API Gateway turns it into an HTTP response. {@link #headerLines()} gives the
 * header lines to send: {@code headers}, then one {@code Set-Cookie} per cookie. Payload 2.0 has no
 * {@code multiValueHeaders}: API Gateway ignores that field (Micronaut fills it with copies of the headers), so
 * this does too.
 */
public record ApiGatewayHttpResponse(int statusCode, Map<String, String> headers, List<String> cookies, byte[] body) {

    public ApiGatewayHttpResponse {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        cookies = List.copyOf(cookies);
    }

    /** A header's value by case-insensitive name, or null. */
    public String header(String name) {
        return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public List<Map.Entry<String, String>> headerLines() {
        List<Map.Entry<String, String>> lines = new ArrayList<>();
        headers.forEach((name, value) -> lines.add(Map.entry(name, value)));
        cookies.forEach(cookie -> lines.add(Map.entry("Set-Cookie", cookie)));
        return lines;
    }

    static ApiGatewayHttpResponse parse(String responseJson, ObjectMapper json) {
        JsonNode response;
        try {
            response = json.readTree(responseJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the handler's answer is not JSON: " + e.getOriginalMessage(), e);
        }
        if (response == null || !response.isObject() || !response.has("statusCode")) {
            // API Gateway's rule for payload 2.0: valid JSON without a statusCode is a 200 with that JSON as body
            return new ApiGatewayHttpResponse(200, Map.of("content-type", "application/json"), List.of(),
                    responseJson.getBytes(StandardCharsets.UTF_8));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        response.path("headers").properties().forEach(h -> headers.put(h.getKey(), h.getValue().asText()));
        List<String> cookies = new ArrayList<>();
        response.path("cookies").forEach(cookie -> cookies.add(cookie.asText()));
        String body = response.path("body").isNull() ? "" : response.path("body").asText("");
        byte[] bytes = response.path("isBase64Encoded").asBoolean(false)
                ? Base64.getDecoder().decode(body)
                : body.getBytes(StandardCharsets.UTF_8);
        return new ApiGatewayHttpResponse(response.path("statusCode").asInt(), headers, cookies, bytes);
    }
}
