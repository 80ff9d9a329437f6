package dev.focus.resources;

import java.util.List;
import java.util.Set;

/**
 * An API Gateway WebSocket API: every route invokes {@code function}. The route is chosen by the client message's
 * {@code action} field ({@code $request.body.action}); a message naming no declared route goes to {@code $default}.
 * Every route but {@code $connect} and {@code $disconnect} returns the handler's response body to the client
 * (a two-way route), so a handler answers its caller without a Management API call.
 */
public record WebSocketApi(String function, String path, List<String> routeKeys) {

    public static final String CONNECT = "$connect";
    public static final String DISCONNECT = "$disconnect";
    public static final String DEFAULT = "$default";
    public static final String ROUTE_SELECTION_EXPRESSION = "$request.body.action";
    /** The largest message API Gateway accepts or posts (a frame is at most 32 KB; a message up to 128 KB). */
    public static final int MAX_MESSAGE_BYTES = 128 * 1024;

    public WebSocketApi {
        routeKeys = List.copyOf(routeKeys);
        if (!routeKeys.containsAll(Set.of(CONNECT, DISCONNECT, DEFAULT))) {
            throw new IllegalArgumentException("A WebSocket API needs $connect, $disconnect and $default: " + routeKeys);
        }
    }

    /** Whether the handler's response body goes back to the client. */
    public static boolean returnsResponse(String routeKey) {
        return !routeKey.equals(CONNECT) && !routeKey.equals(DISCONNECT);
    }

    /** The named actions (routes other than $connect, $disconnect and $default). */
    public List<String> actions() {
        return routeKeys.stream().filter(r -> !r.startsWith("$")).toList();
    }
}
