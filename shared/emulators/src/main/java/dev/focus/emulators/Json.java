package dev.focus.emulators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;

/** JSON for tests and tools that call functions: bodies out, lenient answers in. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** A string is sent as it is (so tests can send broken JSON); anything else is serialised. */
    public static String write(Object body) {
        if (body instanceof String text) {
            return text;
        }
        try {
            return MAPPER.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty body is an empty object; a body that is not JSON is {@code {"raw": body}}. */
    public static JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            return MAPPER.createObjectNode();
        }
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            ObjectNode raw = MAPPER.createObjectNode();
            raw.put("raw", body);
            return raw;
        }
    }
}
