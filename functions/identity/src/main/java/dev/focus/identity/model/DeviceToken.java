package dev.focus.identity.model;

import java.time.Instant;

/**
 * A device that signed in to an account before (its token's hash only). It vouches for nothing but the device:
 * with it a sign-in still needs the password, but is not held back by what strangers did to the account or
 * from the device's address.
 */
public record DeviceToken(String id, String userId, String tokenHash, Instant issuedAt, Instant expiresAt) {

    public boolean trustedFor(String accountId, Instant now) {
        return userId.equals(accountId) && now.isBefore(expiresAt);
    }
}
