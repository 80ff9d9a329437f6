package dev.focus.identity.model;

import java.time.Instant;
import java.util.Optional;

/**
 * An account. {@code email} is stored lower-cased; {@code passwordHash} is empty for accounts made through Google.
 * {@code totalFocusTime} (minutes) and {@code totalSessions} are the focus context's figures, kept here for the
 * Focus Mate profile.
 */
public record User(String id, String email, String username, Optional<String> passwordHash, Role role,
                   AccountStatus status, boolean emailVerified, String bio, String avatarUrl, String timezone,
                   EmailPreferences emailPreferences, long totalFocusTime, long totalSessions,
                   Instant createdAt, Instant updatedAt) {

    public static User register(String id, String email, String username, Optional<String> passwordHash,
                                boolean emailVerified, Instant now) {
        return new User(id, email, username, passwordHash, Role.USER, AccountStatus.ACTIVE, emailVerified, "", "",
                "UTC", EmailPreferences.defaults(), 0, 0, now, now);
    }

    public boolean suspended() {
        return status == AccountStatus.SUSPENDED;
    }

    public User withRole(Role newRole, Instant now) {
        return new User(id, email, username, passwordHash, newRole, status, emailVerified, bio, avatarUrl, timezone,
                emailPreferences, totalFocusTime, totalSessions, createdAt, now);
    }

    public User withStatus(AccountStatus newStatus, Instant now) {
        return new User(id, email, username, passwordHash, role, newStatus, emailVerified, bio, avatarUrl, timezone,
                emailPreferences, totalFocusTime, totalSessions, createdAt, now);
    }

    public User verified(Instant now) {
        return new User(id, email, username, passwordHash, role, status, true, bio, avatarUrl, timezone,
                emailPreferences, totalFocusTime, totalSessions, createdAt, now);
    }

    /** An account that can sign in only through a linked identity provider (or after a password reset). */
    public User withoutPassword(Instant now) {
        return new User(id, email, username, Optional.empty(), role, status, emailVerified, bio, avatarUrl, timezone,
                emailPreferences, totalFocusTime, totalSessions, createdAt, now);
    }

    public User withPasswordHash(String hash, Instant now) {
        return new User(id, email, username, Optional.of(hash), role, status, emailVerified, bio, avatarUrl, timezone,
                emailPreferences, totalFocusTime, totalSessions, createdAt, now);
    }

    public User withProfile(ProfileChanges changes, Instant now) {
        return new User(id, email, changes.username().orElse(username), passwordHash, role, status, emailVerified,
                changes.bio().orElse(bio), changes.avatarUrl().orElse(avatarUrl), changes.timezone().orElse(timezone),
                changes.emailPreferences().orElse(emailPreferences), totalFocusTime, totalSessions, createdAt, now);
    }
}
