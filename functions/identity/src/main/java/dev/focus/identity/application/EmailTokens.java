package dev.focus.identity.application;

import dev.focus.identity.model.EmailTokenPurpose;

import java.time.Instant;
import java.util.Optional;

/** One-time tokens sent by email, stored as hashes. */
public interface EmailTokens {

    void insert(String tokenHash, String userId, EmailTokenPurpose purpose, Instant expiresAt);

    /** Uses the token up and answers its user, if it exists, fits the purpose, is unused and unexpired. */
    Optional<String> consume(String tokenHash, EmailTokenPurpose purpose, Instant now);

    void discardAll(String userId, EmailTokenPurpose purpose);
}
