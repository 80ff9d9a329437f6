package dev.focus.identity.application;

import java.time.Instant;
import java.util.Optional;

public interface OAuthIdentities {

    Optional<String> userOf(String provider, String subject);

    /** False when this provider identity was linked meanwhile (two first sign-ins at once). */
    boolean link(String provider, String subject, String userId, Instant at);
}
