package dev.focus.identity.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The JSON bodies identity accepts (snake_case on the wire). Deeper rules live in AccountRules. */
final class Requests {

    static final String DEVICE_TOKEN = "The device_token of this device's last sign-in, for clients that cannot keep"
            + " cookies; else the device_token cookie is read. An unknown, expired or other account's token is ignored.";

    private Requests() {
    }

    @Serdeable
    record Register(@NotBlank @Size(max = 254) String email, @NotBlank String username, @NotBlank String password) {
    }

    @Serdeable
    record Login(@Nullable @Size(max = 254) String email, @Nullable @Size(max = 64) String username,
                 @NotBlank @Size(max = 1024) String password,
                 @Nullable @Size(max = 512) @Schema(description = DEVICE_TOKEN) String deviceToken) {
    }

    @Serdeable
    record TokenOnly(@NotBlank @Size(max = 512) String token) {
    }

    @Serdeable
    record RefreshToken(@NotBlank @Size(max = 512) String refreshToken) {
    }

    @Serdeable
    record EmailOnly(@NotBlank @Size(max = 254) String email) {
    }

    @Serdeable
    record ResetPassword(@NotBlank @Size(max = 512) String token, @NotBlank String newPassword) {
    }

    @Serdeable
    record ChangePassword(@NotBlank @Size(max = 1024) String currentPassword, @NotBlank String newPassword) {
    }

    @Serdeable
    record GoogleSignIn(@NotBlank @Size(max = 8192) String idToken,
                        @Nullable @Size(max = 512) @Schema(description = DEVICE_TOKEN) String deviceToken) {
    }

    @Serdeable
    record EmailPreferencesPatch(@Nullable Boolean reminders, @Nullable Boolean weeklyDigest,
                                 @Nullable Boolean challengeUpdates) {
    }

    /** Absent or null fields stay as they are; an empty bio or avatar_url clears it. */
    @Serdeable
    record ProfilePatch(@Nullable String username, @Nullable @Size(max = 500) String bio,
                        @Nullable @Size(max = 2048) String avatarUrl, @Nullable String timezone,
                        @Nullable @Valid EmailPreferencesPatch emailPreferences) {
    }

    /** The Focus Mate client's PUT /auth/profile/{user_id}. */
    @Serdeable
    record FocusMateProfileUpdate(@Nullable String username, @Nullable @Size(max = 500) String bio) {
    }

    @Serdeable
    record AdminUserPatch(@Nullable String status, @Nullable String role) {
    }
}
