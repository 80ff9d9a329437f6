package dev.focus.identity.application;

import dev.focus.identity.model.User;

public sealed interface GoogleResult {

    record SignedIn(User user, TokenPair tokens, boolean created, String deviceToken) implements GoogleResult {
    }

    record InvalidIdToken() implements GoogleResult {
    }

    record EmailNotVerified() implements GoogleResult {
    }

    record Suspended() implements GoogleResult {
    }
}
