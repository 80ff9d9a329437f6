package dev.focus.identity.application;

import dev.focus.identity.model.User;

/** What a valid access token's subject is now: tokens outlive suspensions and deletions by up to 15 minutes. */
public sealed interface AccountState {

    record Active(User user) implements AccountState {
    }

    record Suspended() implements AccountState {
    }

    record Gone() implements AccountState {
    }
}
