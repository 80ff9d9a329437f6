package dev.focus.identity.application;

/** A unique email or username lost a race with a concurrent request. */
public final class AccountConflict extends RuntimeException {

    public AccountConflict(String message) {
        super(message, null, false, false);
    }
}
