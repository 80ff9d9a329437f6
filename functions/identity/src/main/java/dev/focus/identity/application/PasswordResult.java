package dev.focus.identity.application;

import java.util.List;

public sealed interface PasswordResult {

    record Changed() implements PasswordResult {
    }

    record InvalidToken() implements PasswordResult {
    }

    record WrongPassword() implements PasswordResult {
    }

    /** Too many wrong current passwords (they count with the account's failed sign-ins). */
    record Throttled(long retryAfterSeconds) implements PasswordResult {
    }

    record Rejected(List<InvalidInput> problems) implements PasswordResult {
    }
}
