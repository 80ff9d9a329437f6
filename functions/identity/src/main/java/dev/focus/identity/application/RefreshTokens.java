package dev.focus.identity.application;

import dev.focus.identity.model.RefreshToken;

import java.time.Instant;
import java.util.Optional;

public interface RefreshTokens {

    void insert(RefreshToken token);

    Optional<RefreshToken> byHash(String tokenHash);

    /** Marks the token exchanged; false when it already was (or was revoked) — a concurrent reuse. */
    boolean markRotated(String id, Instant at);

    void revoke(String id, Instant at);

    void revokeFamily(String familyId, Instant at);

    void revokeAllOf(String userId, Instant at);
}
