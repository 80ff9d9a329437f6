package dev.focus.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/** A rooms route's answer: the status, the JSON body (an empty object when there is none) and the headers. */
record RoomsReply(int status, JsonNode json, Map<String, String> headers) {

    String text(String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** A header by case-insensitive name, or null. */
    String header(String name) {
        return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** This answer if it has the status a benchmark's set-up relies on; otherwise the benchmark cannot go on. */
    RoomsReply expect(int expected, String what) {
        if (status != expected) {
            throw new IllegalStateException(what + " answered " + status + " instead of " + expected + ": " + json);
        }
        return this;
    }
}
