package dev.focus.identity.model;

import java.time.Instant;
import java.util.Optional;

/**
 * A stored refresh token (its hash only). Tokens descending from one sign-in share a {@code familyId}; a token
 * that was already exchanged ({@code rotatedAt}) and shows up again means it leaked, and the family dies.
 */
public record RefreshToken(String id, String familyId, String userId, String tokenHash, Instant issuedAt,
                           Instant expiresAt, Optional<Instant> rotatedAt, Optional<Instant> revokedAt) {

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
