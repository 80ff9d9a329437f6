package dev.focus.identity.application;

import java.time.Instant;
import java.util.Optional;

/** Failed sign-ins, kept in the database because every Lambda instance must see the same counts. */
public interface LoginFailures {

    void record(String accountKey, String clientIp, Instant at);

    Window ofAccountSince(String accountKey, Instant since);

    Window ofClientSince(String clientIp, Instant since);

    void forgetAccount(String accountKey);

    /** How many failures fall in a window, and the oldest of them. */
    record Window(int count, Optional<Instant> oldest) {
    }
}
