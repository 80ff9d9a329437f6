package dev.focus.identity.application;

import dev.focus.identity.model.User;

public sealed interface AdminChangeResult {

    record Changed(User user) implements AdminChangeResult {
    }

    record NotFound() implements AdminChangeResult {
    }

    /** Admins cannot suspend or demote themselves: the last admin could lock everyone out. */
    record OwnAccount() implements AdminChangeResult {
    }
}
