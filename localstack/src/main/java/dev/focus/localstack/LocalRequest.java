package dev.focus.localstack;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as the local gateway read it: {@code rawPath} and {@code rawQuery} as the function's event carries
 * them (percent-encoded; see {@link RequestTarget}), {@code path} percent-decoded, which routes and local pages
 * match.
 */
record LocalRequest(String method, String rawPath, String path, String rawQuery, List<Map.Entry<String, String>> headers,
                    byte[] body, String sourceIp) {

    LocalRequest {
        headers = List.copyOf(headers);
    }

    Optional<String> header(String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
    }

    /** True when a browser asks for a page rather than a program for data. */
    boolean prefersHtml() {
        String accept = header("Accept").orElse("");
        return accept.contains("text/html") && !accept.startsWith("application/json");
    }
}
