package dev.focus.identity.application;

import dev.focus.identity.model.User;

public sealed interface VerifyResult {

    record Verified(User user) implements VerifyResult {
    }

    record InvalidToken() implements VerifyResult {
    }
}
