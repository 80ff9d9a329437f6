package dev.focus.identity.application;

import java.util.List;

public sealed interface PasswordResult {

    record Changed() implements PasswordResult {
    }

    record InvalidToken() implements PasswordResult {
    }

    record WrongPassword() implements PasswordResult {
    }

    record Rejected(List<InvalidInput> problems) implements PasswordResult {
    }
}
