package dev.focus.broadcast;

import java.util.Set;

/** A connection watching a room, with whose it is (user and roles, as its {@code $connect} token said). */
public record Watcher(String connectionId, String userId, Set<String> roles) {

    public Watcher {
        roles = Set.copyOf(roles);
    }
}
