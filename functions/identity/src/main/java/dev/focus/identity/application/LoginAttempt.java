package dev.focus.identity.application;

import java.util.Optional;

/** Who tries a password on an account: a device that signed in to it before, or anybody else. */
public sealed interface LoginAttempt {

    /**
     * What the per-account budget counts: for a sign-in the identifier as typed, normalised ({@code email:<address>}
     * or {@code username:<name>}), whether or not an account has it; for a password change {@code user:<id>}.
     */
    String accountKey();

    /** The full client address; the throttle counts its {@link ClientNetwork}. */
    Optional<String> clientIp();

    record FromTrustedDevice(String accountKey, String deviceId, Optional<String> clientIp) implements LoginAttempt {
    }

    record Untrusted(String accountKey, Optional<String> clientIp) implements LoginAttempt {
    }
}
