package dev.focus.identity.application;

import dev.focus.identity.model.User;

public sealed interface LoginResult {

    /** {@code deviceToken} replaces the one the client came with, if any. */
    record SignedIn(User user, TokenPair tokens, String deviceToken) implements LoginResult {
    }

    /** Wrong password and unknown account look the same. */
    record InvalidCredentials() implements LoginResult {
    }

    record Throttled(long retryAfterSeconds) implements LoginResult {
    }

    record Suspended() implements LoginResult {
    }
}
