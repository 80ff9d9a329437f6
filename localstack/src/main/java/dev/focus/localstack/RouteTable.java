package dev.focus.localstack;

import dev.focus.resources.HttpRoute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the route an API Gateway HTTP API would pick for a request: among the routes whose method and path
 * match, the most specific path wins (a literal segment over a {@code {variable}}, a variable over a greedy
 * {@code {proxy+}}, compared left to right), then a route with the request's own method over {@code ANY}.
 * A greedy variable needs at least one segment, so {@code /users/{proxy+}} does not match {@code /users}.
 * Requests are matched on their percent-decoded path, as API Gateway matches them: path parameters are decoded
 * segments, and a {@code %2F} separates segments like a {@code /}.
 */
final class RouteTable {

    /** A route and the function it invokes. */
    record Entry(String function, HttpRoute route) {
    }

    /** The winner for one request: its function, its route key and the decoded path parameters. */
    record Match(String function, String routeKey, Map<String, String> pathParameters) {
    }

    private final List<CompiledRoute> routes;

    RouteTable(List<Entry> entries) {
        var compiled = new ArrayList<CompiledRoute>();
        for (Entry entry : entries) {
            compiled.add(CompiledRoute.of(entry));
        }
        this.routes = List.copyOf(compiled);
        rejectDuplicates();
    }

    /** {@code path}: percent-decoded ({@link RequestTarget#path()}). */
    Optional<Match> match(String method, String path) {
        String[] segments = segmentsOf(path);
        return routes.stream()
                .filter(route -> route.acceptsMethod(method))
                .map(route -> route.match(segments))
                .flatMap(Optional::stream)
                .max(Comparator.comparing(Candidate::route, CompiledRoute.BY_SPECIFICITY))
                .map(candidate -> new Match(candidate.route().entry().function(),
                        candidate.route().entry().route().routeKey(), candidate.pathParameters()));
    }

    private void rejectDuplicates() {
        var seen = new HashMap<String, String>();
        for (CompiledRoute route : routes) {
            String key = route.entry().route().routeKey();
            String previous = seen.putIfAbsent(key, route.entry().function());
            if (previous != null) {
                throw new IllegalArgumentException("Route " + key + " is declared by both " + previous + " and "
                        + route.entry().function());
            }
        }
    }

    private static String[] segmentsOf(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }

    private record Candidate(CompiledRoute route, Map<String, String> pathParameters) {
    }

    private sealed interface Segment {
        record Literal(String text) implements Segment {
        }

        record Variable(String name) implements Segment {
        }

        record Greedy(String name) implements Segment {
        }

        /** Higher is more specific. */
        default int rank() {
            return switch (this) {
                case Literal literal -> 2;
                case Variable variable -> 1;
                case Greedy greedy -> 0;
            };
        }

        static Segment parse(String text) {
            if (text.startsWith("{") && text.endsWith("+}")) {
                return new Greedy(text.substring(1, text.length() - 2));
            }
            if (text.startsWith("{") && text.endsWith("}")) {
                return new Variable(text.substring(1, text.length() - 1));
            }
            return new Literal(text);
        }
    }

    private record CompiledRoute(Entry entry, List<Segment> segments) {

        static final Comparator<CompiledRoute> BY_SPECIFICITY = CompiledRoute::compareSpecificity;

        static CompiledRoute of(Entry entry) {
            List<Segment> segments = new ArrayList<>();
            for (String part : segmentsOf(entry.route().path())) {
                segments.add(Segment.parse(part));
            }
            for (int i = 0; i < segments.size() - 1; i++) {
                if (segments.get(i) instanceof Segment.Greedy) {
                    throw new IllegalArgumentException("A greedy path variable must end the path: " + entry.route());
                }
            }
            return new CompiledRoute(entry, List.copyOf(segments));
        }

        boolean isAnyMethod() {
            return entry.route().method().equals("ANY");
        }

        boolean acceptsMethod(String method) {
            return isAnyMethod() || entry.route().method().equalsIgnoreCase(method);
        }

        Optional<Candidate> match(String[] requestSegments) {
            var parameters = new LinkedHashMap<String, String>();
            for (int i = 0; i < segments.size(); i++) {
                Segment segment = segments.get(i);
                if (segment instanceof Segment.Greedy greedy) {
                    if (i >= requestSegments.length) {
                        return Optional.empty();
                    }
                    String rest = String.join("/", Arrays.copyOfRange(requestSegments, i, requestSegments.length));
                    if (rest.isEmpty()) {
                        return Optional.empty();
                    }
                    parameters.put(greedy.name(), rest);
                    return Optional.of(new Candidate(this, Map.copyOf(parameters)));
                }
                if (i >= requestSegments.length) {
                    return Optional.empty();
                }
                switch (segment) {
                    case Segment.Literal literal -> {
                        if (!literal.text().equals(requestSegments[i])) {
                            return Optional.empty();
                        }
                    }
                    case Segment.Variable variable -> {
                        if (requestSegments[i].isEmpty()) {
                            return Optional.empty();
                        }
                        parameters.put(variable.name(), requestSegments[i]);
                    }
                    case Segment.Greedy greedy -> throw new IllegalStateException("handled above");
                }
            }
            if (segments.size() != requestSegments.length) {
                return Optional.empty();
            }
            return Optional.of(new Candidate(this, Map.copyOf(parameters)));
        }

        private int compareSpecificity(CompiledRoute other) {
            int shared = Math.min(segments.size(), other.segments.size());
            for (int i = 0; i < shared; i++) {
                int byRank = Integer.compare(segments.get(i).rank(), other.segments.get(i).rank());
                if (byRank != 0) {
                    return byRank;
                }
            }
            // equal prefixes: the route that consumed more segments before a greedy tail is more specific
            int byLength = Integer.compare(segments.size(), other.segments.size());
            if (byLength != 0) {
                return byLength;
            }
            return Boolean.compare(!isAnyMethod(), !other.isAnyMethod());
        }
    }
}
