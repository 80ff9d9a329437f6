package dev.focus.identity.application;

import dev.focus.identity.model.User;

import java.util.List;
import java.util.Optional;

public interface Users {

    Optional<User> byId(String id);

    Optional<User> byEmail(String normalizedEmail);

    /** Usernames are unique regardless of case. */
    Optional<User> byUsername(String username);

    /** False when the email or the username is already taken (a race the caller's checks did not see). */
    boolean insert(User user);

    /** @throws AccountConflict when a changed username was taken meanwhile */
    void update(User user);

    void delete(String id);

    /** Ordered by id; {@code query} matches the start of the email or the username, case-insensitively. */
    List<User> search(Optional<String> query, Optional<String> afterId, int limit);
}
