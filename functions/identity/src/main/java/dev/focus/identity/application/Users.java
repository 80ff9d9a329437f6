package dev.focus.identity.application;

import dev.focus.identity.model.User;

import java.util.List;
import java.util.Optional;

public interface Users {

    Optional<User> byId(String id);

    Optional<User> byEmail(String normalizedEmail);

    /** Usernames are unique regardless of case. */
    Optional<User> byUsername(String username);

    /**
     * The same reads, inside a transaction also locking the row until it ends: every read-modify-write of an
     * account goes through these, so a suspension, a reset or a role change is never overwritten by a
     * concurrent write that read the row before it, and no session is issued against a password being replaced.
     */
    Optional<User> lockById(String id);

    Optional<User> lockByEmail(String normalizedEmail);


    /** False when the email or the username is already taken (a race the caller's checks did not see). */
    boolean insert(User user);

    /** @throws AccountConflict when a changed username was taken meanwhile */
    void update(User user);

    void delete(String id);

    /** Ordered by id; {@code query} matches the start of the email or the username, case-insensitively. */
    List<User> search(Optional<String> query, Optional<String> afterId, int limit);
}
