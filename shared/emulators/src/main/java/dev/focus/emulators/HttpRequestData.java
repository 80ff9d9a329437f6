package dev.focus.emulators;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP request as it reached the local gateway: {@code rawQuery} without the '?' (empty or null when none),
 * headers in arrival order with repeats, the body bytes (empty when none) and the client's address.
 */
public record HttpRequestData(String method, String rawPath, String rawQuery, List<Map.Entry<String, String>> headers,
                              byte[] body, String sourceIp) {

    public HttpRequestData {
        rawQuery = rawQuery == null ? "" : rawQuery;
        headers = List.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /** The first value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
    }
}
