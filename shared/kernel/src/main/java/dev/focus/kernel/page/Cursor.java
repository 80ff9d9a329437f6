package dev.focus.kernel.page;

import dev.focus.kernel.api.Problems;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Opaque cursors: a position (a few named string values, such as a sort key and an id) packed into
 * base64url. Clients must not read them; a cursor that does not decode is a 400 {@code INVALID_CURSOR}.
 */
public final class Cursor {

    private static final char FIELD = '\u001f';
    private static final char PAIR = '\u001e';

    private Cursor() {
    }

    public static String encode(Map<String, String> position) {
        StringBuilder raw = new StringBuilder();
        position.forEach((key, value) -> {
            if (!raw.isEmpty()) {
                raw.append(PAIR);
            }
            raw.append(key).append(FIELD).append(value);
        });
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static Map<String, String> decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            Map<String, String> position = new LinkedHashMap<>();
            for (String pair : raw.split(String.valueOf(PAIR), -1)) {
                int split = pair.indexOf(FIELD);
                if (split <= 0) {
                    throw invalid();
                }
                position.put(pair.substring(0, split), pair.substring(split + 1));
            }
            return position;
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
    }

    private static RuntimeException invalid() {
        return Problems.badRequest("INVALID_CURSOR", "The cursor is not one this API issued.");
    }
}
