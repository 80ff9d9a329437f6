package dev.focus.identity.api;

import dev.focus.identity.model.AccountRules;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The JSON bodies identity accepts (snake_case on the wire). Deeper rules live in AccountRules. */
final class Requests {

    private static final String EMAIL = "must be a valid email address";
    private static final String USERNAME = "must be 3 to 32 letters, digits, '_' or '.'";
    private static final String PASSWORD = "must be 10 to 72 characters";
    private static final String AVATAR_URL = "must be an http(s) URL";
    static final String DEVICE_TOKEN = "The device_token of this device's last sign-in, for clients that cannot keep"
            + " cookies; else the device_token cookie is read. An unknown, expired or other account's token is ignored.";

    private Requests() {
    }

    @Serdeable
    @Schema(name = "RegisterRequest")
    record Register(@NotBlank @Size(max = 254) @Pattern(regexp = AccountRules.EMAIL_PATTERN, message = EMAIL) String email,
                    @NotBlank @Pattern(regexp = AccountRules.USERNAME_PATTERN, message = USERNAME) String username,
                    @NotBlank @Size(min = AccountRules.MIN_PASSWORD_LENGTH, max = AccountRules.MAX_PASSWORD_BYTES, message = PASSWORD)
                    @Schema(description = "10 to 72 characters, at most 72 bytes of UTF-8") String password) {
    }

    @Serdeable
    @Schema(name = "LoginRequest", description = "email or username, and the password")
    record Login(@Nullable @Size(max = 254) String email, @Nullable @Size(max = 64) String username,
                 @NotBlank @Size(max = 1024) String password,
                 @Nullable @Size(max = 512) @Schema(description = DEVICE_TOKEN) String deviceToken) {
    }

    @Serdeable
    @Schema(name = "TokenRequest")
    record TokenOnly(@NotBlank @Size(max = 512) String token) {
    }

    @Serdeable
    @Schema(name = "RefreshRequest")
    record RefreshToken(@NotBlank @Size(max = 512) String refreshToken) {
    }

    @Serdeable
    @Schema(name = "EmailRequest")
    record EmailOnly(@NotBlank @Size(max = 254) String email) {
    }

    @Serdeable
    @Schema(name = "ResetPasswordRequest")
    record ResetPassword(@NotBlank @Size(max = 512) String token,
                         @NotBlank @Size(min = AccountRules.MIN_PASSWORD_LENGTH, max = AccountRules.MAX_PASSWORD_BYTES, message = PASSWORD)
                         @Schema(description = "10 to 72 characters, at most 72 bytes of UTF-8") String newPassword) {
    }

    @Serdeable
    @Schema(name = "ChangePasswordRequest")
    record ChangePassword(@NotBlank @Size(max = 1024) String currentPassword,
                          @NotBlank @Size(min = AccountRules.MIN_PASSWORD_LENGTH, max = AccountRules.MAX_PASSWORD_BYTES, message = PASSWORD)
                          @Schema(description = "10 to 72 characters, at most 72 bytes of UTF-8") String newPassword) {
    }

    @Serdeable
    @Schema(name = "GoogleSignInRequest")
    record GoogleSignIn(@NotBlank @Size(max = 8192) String idToken,
                        @Nullable @Size(max = 512) @Schema(description = DEVICE_TOKEN) String deviceToken) {
    }

    @Serdeable
    @Schema(name = "EmailPreferencesPatch")
    record EmailPreferencesPatch(@Nullable Boolean reminders, @Nullable Boolean weeklyDigest,
                                 @Nullable Boolean challengeUpdates) {
    }

    /** Absent or null fields stay as they are; an empty bio or avatar_url clears it. */
    @Serdeable
    @Schema(name = "ProfilePatch")
    record ProfilePatch(@Nullable @Pattern(regexp = AccountRules.USERNAME_PATTERN, message = USERNAME) String username,
                        @Nullable @Size(max = AccountRules.MAX_BIO_LENGTH) String bio,
                        @Nullable @Size(max = AccountRules.MAX_AVATAR_URL_LENGTH)
                        @Pattern(regexp = AccountRules.AVATAR_URL_PATTERN, message = AVATAR_URL)
                        @Schema(description = "an http(s) URL; an empty string clears it") String avatarUrl,
                        @Nullable @Size(max = 64) @Schema(description = "an IANA time zone such as Europe/Paris") String timezone,
                        @Nullable @Valid EmailPreferencesPatch emailPreferences) {
    }

    /** The Focus Mate client's PUT /auth/profile/{user_id}. */
    @Serdeable
    @Schema(name = "FocusMateProfileUpdate")
    record FocusMateProfileUpdate(@Nullable @Pattern(regexp = AccountRules.USERNAME_PATTERN, message = USERNAME) String username,
                                  @Nullable @Size(max = AccountRules.MAX_BIO_LENGTH) String bio) {
    }

    @Serdeable
    @Schema(name = "AdminUserPatch")
    record AdminUserPatch(@Nullable @Schema(allowableValues = {"ACTIVE", "SUSPENDED"}) String status,
                          @Nullable @Schema(allowableValues = {"USER", "ADMIN"}) String role) {
    }
}
