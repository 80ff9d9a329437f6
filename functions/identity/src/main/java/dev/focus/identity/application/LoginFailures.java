package dev.focus.identity.application;

import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins, kept in the database because every Lambda instance must see the same counts. A failure made
 * with a trusted device token names the device; one without ({@code deviceId} empty) is an untrusted client's.
 * {@code clientNetwork} is a {@link ClientNetwork}, not the full address.
 */
public interface LoginFailures {

    /**
     * Until the current transaction ends, no other transaction that locks the same key counts or records under it,
     * so a count and the failure recorded after it cannot interleave with a parallel attempt's.
     */
    void lock(String key);

    /** Answers the failure's id. */
    long record(String accountKey, String clientNetwork, Optional<String> deviceId, Instant at);

    void forget(long failureId);

    void forgetBefore(Instant cutoff);

    Window untrustedOfAccountSince(String accountKey, Instant since);

    Window untrustedFromClientSince(String clientNetwork, Instant since);

    Window ofDeviceSince(String deviceId, Instant since);

    void forgetUntrustedOfAccountFrom(String accountKey, String clientNetwork);

    void forgetDevice(String deviceId);

    /** How many failures fall in a window, and the oldest of them. */
    record Window(int count, Optional<Instant> oldest) {
    }
}
