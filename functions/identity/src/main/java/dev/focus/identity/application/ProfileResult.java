package dev.focus.identity.application;

import dev.focus.identity.model.User;

import java.util.List;

public sealed interface ProfileResult {

    record Updated(User user) implements ProfileResult {
    }

    record UsernameTaken() implements ProfileResult {
    }

    record Rejected(List<InvalidInput> problems) implements ProfileResult {
    }
}
