package dev.focus.emulators;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Matches HTTP API route keys: exact segments, {name} segments and a final greedy {name+} segment, against the
 * percent-decoded path, as API Gateway routes.
 */
final class RouteMatcher {

    private RouteMatcher() {
    }

    static Optional<Map<String, String>> match(String routeKey, String method, String rawPath) {
        if (routeKey.equals("$default")) {
            return Optional.of(Map.of());
        }
        String[] methodAndPath = routeKey.split(" ", 2);
        if (methodAndPath.length != 2
                || !(methodAndPath[0].equals("ANY") || methodAndPath[0].equalsIgnoreCase(method))) {
            return Optional.empty();
        }
        String[] pattern = segments(methodAndPath[1]);
        String[] path = segments(PercentEncoding.decodePath(rawPath));
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            String segment = pattern[i];
            if (segment.startsWith("{") && segment.endsWith("+}") && i == pattern.length - 1) {
                if (i >= path.length) {
                    return Optional.empty(); // a greedy parameter needs at least one segment
                }
                parameters.put(segment.substring(1, segment.length() - 2),
                        String.join("/", java.util.Arrays.copyOfRange(path, i, path.length)));
                return Optional.of(parameters);
            }
            if (i >= path.length) {
                return Optional.empty();
            }
            if (segment.startsWith("{") && segment.endsWith("}")) {
                parameters.put(segment.substring(1, segment.length() - 1), path[i]);
            } else if (!segment.equals(path[i])) {
                return Optional.empty();
            }
        }
        return pattern.length == path.length ? Optional.of(parameters) : Optional.empty();
    }

    private static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }
}
