package dev.focus.identity.application;

import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins, kept in the database because every Lambda instance must see the same counts. A failure made
 * with a trusted device token names the device; one without ({@code deviceId} empty) is an untrusted client's.
 */
public interface LoginFailures {

    void record(String accountKey, String clientIp, Optional<String> deviceId, Instant at);

    void forgetBefore(Instant cutoff);

    Window untrustedOfAccountSince(String accountKey, Instant since);

    Window untrustedFromClientSince(String clientIp, Instant since);

    Window ofDeviceSince(String deviceId, Instant since);

    void forgetUntrustedOfAccount(String accountKey);

    void forgetDevice(String deviceId);

    /** How many failures fall in a window, and the oldest of them. */
    record Window(int count, Optional<Instant> oldest) {
    }
}
