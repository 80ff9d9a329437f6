package dev.focus.identity.application;

public sealed interface RefreshResult {

    record Refreshed(TokenPair tokens) implements RefreshResult {
    }

    record InvalidToken() implements RefreshResult {
    }

    record Expired() implements RefreshResult {
    }

    /** An already exchanged token came back: its whole family is now revoked. */
    record Reused() implements RefreshResult {
    }

    record Suspended() implements RefreshResult {
    }
}
