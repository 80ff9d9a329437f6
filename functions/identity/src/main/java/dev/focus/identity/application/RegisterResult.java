package dev.focus.identity.application;

import dev.focus.identity.model.User;

import java.util.List;

public sealed interface RegisterResult {

    record Registered(User user) implements RegisterResult {
    }

    record EmailTaken() implements RegisterResult {
    }

    record UsernameTaken() implements RegisterResult {
    }

    record Rejected(List<InvalidInput> problems) implements RegisterResult {
    }
}
