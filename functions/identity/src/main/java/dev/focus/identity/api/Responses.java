package dev.focus.identity.api;

import dev.focus.identity.application.TokenPair;
import dev.focus.identity.model.AuditEntry;
import dev.focus.identity.model.EmailPreferences;
import dev.focus.identity.model.User;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** The JSON identity answers with. No response type has a field for a password or its hash. */
final class Responses {

    private Responses() {
    }

    @Serdeable
    @Schema(name = "User")
    record UserView(String id, String email, String username, @Schema(allowableValues = {"USER", "ADMIN"}) String role,
                    @Schema(allowableValues = {"ACTIVE", "SUSPENDED"}) String status, boolean emailVerified,
                    @Nullable String bio, @Nullable String avatarUrl, @Nullable String timezone,
                    EmailPreferencesView emailPreferences,
                    Instant createdAt, Instant updatedAt) {

        static UserView of(User u) {
            return new UserView(u.id(), u.email(), u.username(), u.role().name(), u.status().name(), u.emailVerified(),
                    u.bio(), u.avatarUrl(), u.timezone(), EmailPreferencesView.of(u.emailPreferences()), u.createdAt(),
                    u.updatedAt());
        }
    }

    @Serdeable
    @Schema(name = "EmailPreferences")
    record EmailPreferencesView(boolean reminders, boolean weeklyDigest, boolean challengeUpdates) {

        static EmailPreferencesView of(EmailPreferences p) {
            return new EmailPreferencesView(p.reminders(), p.weeklyDigest(), p.challengeUpdates());
        }
    }

    @Serdeable
    @Schema(name = "PublicProfile")
    record PublicProfile(String id, String username, @Nullable String bio, @Nullable String avatarUrl, Instant createdAt) {

        static PublicProfile of(User u) {
            return new PublicProfile(u.id(), u.username(), u.bio(), u.avatarUrl(), u.createdAt());
        }
    }

    /** Focus Mate's profile: total_focus_time in minutes. */
    @Serdeable
    @Schema(name = "FocusMateProfile")
    record FocusMateProfile(String id, String username, @Nullable String bio, long totalFocusTime, long totalSessions) {

        static FocusMateProfile of(User u) {
            return new FocusMateProfile(u.id(), u.username(), u.bio(), u.totalFocusTime(), u.totalSessions());
        }
    }

    @Serdeable
    @Schema(name = "Tokens")
    record Tokens(String accessToken, String refreshToken, String tokenType, long expiresIn) {

        static Tokens of(TokenPair pair) {
            return new Tokens(pair.accessToken(), pair.refreshToken(), "bearer", pair.expiresInSeconds());
        }
    }

    /** A sign-in's answer: the tokens, and the device token also set as the {@code device_token} cookie. */
    @Serdeable
    @Schema(name = "SignedIn")
    record SignedIn(String accessToken, String refreshToken, String tokenType, long expiresIn,
                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Proof that this device signed in"
                            + " to this account; send it with the next sign-in (also set as an HttpOnly cookie). A new one"
                            + " with every sign-in: keep the newest.")
                    String deviceToken) {

        static SignedIn of(TokenPair pair, String deviceToken) {
            return new SignedIn(pair.accessToken(), pair.refreshToken(), "bearer", pair.expiresInSeconds(), deviceToken);
        }
    }

    @Serdeable
    @Schema(name = "Accepted")
    record Accepted(String message) {
    }

    @Serdeable
    @Schema(name = "AuditEntry")
    record AuditEntryView(String id, Instant occurredAt, String action, @Nullable String actorId,
                          @Nullable String subjectId, @Nullable String detail, @Nullable String clientIp) {

        static AuditEntryView of(AuditEntry e) {
            return new AuditEntryView(e.id(), e.occurredAt(), e.action().name(), e.actorId().orElse(null),
                    e.subjectId().orElse(null), e.detail(), e.clientIp().orElse(null));
        }
    }
}
