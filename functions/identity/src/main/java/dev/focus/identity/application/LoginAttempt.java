package dev.focus.identity.application;

import java.util.Optional;

/** Who tries a password on an account: a device that signed in to it before, or anybody else. */
public sealed interface LoginAttempt {

    /** The user's id, or {@code unknown:<identifier>} when no account has that email or username. */
    String accountKey();

    Optional<String> clientIp();

    record FromTrustedDevice(String accountKey, String deviceId, Optional<String> clientIp) implements LoginAttempt {
    }

    record Untrusted(String accountKey, Optional<String> clientIp) implements LoginAttempt {
    }
}
