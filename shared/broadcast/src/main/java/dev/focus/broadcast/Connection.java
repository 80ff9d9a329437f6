package dev.focus.broadcast;

import java.time.Instant;
import java.util.Set;

/**
 * An open WebSocket connection: whose it is (the user, their name and roles as the access token of
 * {@code $connect} said), when it opened, and the rooms it watches.
 */
public record Connection(String id, String userId, String username, Set<String> roles, Instant connectedAt,
                         Set<String> rooms) {

    public Connection {
        roles = Set.copyOf(roles);
        rooms = Set.copyOf(rooms);
    }
}
