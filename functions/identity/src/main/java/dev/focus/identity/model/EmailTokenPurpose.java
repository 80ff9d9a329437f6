package dev.focus.identity.model;

import java.time.Duration;

/** What a one-time email link is for, and how long it stays valid. */
public enum EmailTokenPurpose {
    VERIFY_EMAIL(Duration.ofHours(24)),
    RESET_PASSWORD(Duration.ofHours(1));

    private final Duration validity;

    EmailTokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
