package dev.focus.identity.application;

import java.time.Instant;
import java.util.Optional;

public interface OAuthIdentities {

    Optional<String> userOf(String provider, String subject);

    void link(String provider, String subject, String userId, Instant at);
}
