package dev.focus.identity.api;

import dev.focus.identity.application.AccountConflict;
import dev.focus.identity.application.PasswordRecovery;
import dev.focus.identity.application.PasswordResult;
import dev.focus.identity.application.ProfileResult;
import dev.focus.identity.application.Profiles;
import dev.focus.identity.model.EmailPreferences;
import dev.focus.identity.model.ProfileChanges;
import dev.focus.identity.model.User;
import dev.focus.kernel.api.ProblemException;
import dev.focus.kernel.api.Problems;
import dev.focus.messaging.MessagingFailure;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/** The caller's own account. */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "users")
@ApiResponse(responseCode = "401", description = "UNAUTHORIZED (no or bad token), TOKEN_EXPIRED (refresh it) or ACCOUNT_NOT_FOUND")
@ApiResponse(responseCode = "403", description = "ACCOUNT_SUSPENDED")
class MeController {

    private static final Logger LOG = LoggerFactory.getLogger(MeController.class);

    private final AccountGuard guard;
    private final Profiles profiles;
    private final PasswordRecovery passwords;

    MeController(AccountGuard guard, Profiles profiles, PasswordRecovery passwords) {
        this.guard = guard;
        this.profiles = profiles;
        this.passwords = passwords;
    }

    @Get("/auth/me")
    @Operation(summary = "The signed-in user")
    @ApiResponse(responseCode = "200", description = "The user")
    Responses.UserView authMe(Authentication authentication) {
        return Responses.UserView.of(guard.activeUser(authentication));
    }

    @Get("/users/me")
    @Operation(summary = "The signed-in user")
    @ApiResponse(responseCode = "200", description = "The user")
    Responses.UserView me(Authentication authentication) {
        return Responses.UserView.of(guard.activeUser(authentication));
    }

    @Patch("/users/me")
    @Operation(summary = "Change username, bio, avatar_url, timezone (IANA) or email preferences")
    @ApiResponse(responseCode = "200", description = "The updated user")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED")
    @ApiResponse(responseCode = "409", description = "USERNAME_TAKEN")
    Responses.UserView update(Authentication authentication, @Valid @Body Requests.ProfilePatch body) {
        User user = guard.activeUser(authentication);
        Optional<EmailPreferences> preferences = Optional.ofNullable(body.emailPreferences()).map(p -> new EmailPreferences(
                p.reminders() != null ? p.reminders() : user.emailPreferences().reminders(),
                p.weeklyDigest() != null ? p.weeklyDigest() : user.emailPreferences().weeklyDigest(),
                p.challengeUpdates() != null ? p.challengeUpdates() : user.emailPreferences().challengeUpdates()));
        ProfileChanges changes = new ProfileChanges(Optional.ofNullable(body.username()), Optional.ofNullable(body.bio()),
                Optional.ofNullable(body.avatarUrl()), Optional.ofNullable(body.timezone()), preferences);
        return Responses.UserView.of(apply(user.id(), changes));
    }

    @Patch("/users/me/password")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change the password; ends every session")
    @ApiResponse(responseCode = "204", description = "Changed")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED")
    @ApiResponse(responseCode = "403", description = "WRONG_PASSWORD: current_password does not match")
    @ApiResponse(responseCode = "429", description = "TOO_MANY_ATTEMPTS: 5 wrong passwords (sign-ins included) in 15 minutes; see Retry-After")
    void changePassword(Authentication authentication, @Valid @Body Requests.ChangePassword body, HttpRequest<?> request) {
        User user = guard.activeUser(authentication);
        switch (passwords.change(user.id(), body.currentPassword(), body.newPassword(), ClientAddress.of(request))) {
            case PasswordResult.Changed changed -> {
            }
            case PasswordResult.WrongPassword wrong -> throw Problems.forbidden("WRONG_PASSWORD", "The current password is wrong.");
            case PasswordResult.Throttled throttled -> throw Problems.tooManyRequests("TOO_MANY_ATTEMPTS",
                    "Too many wrong passwords; try again later.", throttled.retryAfterSeconds());
            case PasswordResult.Rejected rejected -> throw ProblemMapping.invalid(rejected.problems());
            case PasswordResult.InvalidToken invalid -> throw new IllegalStateException("a change uses no token");
        }
    }

    @Delete("/users/me")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete the account; other contexts learn of it through a UserDeleted event")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "503", description = "TRY_AGAIN_LATER: the event could not be queued, so nothing was deleted")
    void delete(Authentication authentication, HttpRequest<?> request) {
        User user = guard.activeUser(authentication);
        try {
            profiles.delete(user.id(), ClientAddress.of(request));
        } catch (MessagingFailure e) {
            LOG.error("Account {} not deleted: UserDeleted could not be queued", user.id(), e);
            throw new ProblemException(503, "TRY_AGAIN_LATER", "The account could not be deleted right now; nothing was changed.");
        }
    }

    User apply(String userId, ProfileChanges changes) {
        try {
            return switch (profiles.update(userId, changes)) {
                case ProfileResult.Updated updated -> updated.user();
                case ProfileResult.UsernameTaken taken -> throw ProblemMapping.usernameTaken();
                case ProfileResult.Rejected rejected -> throw ProblemMapping.invalid(rejected.problems());
            };
        } catch (AccountConflict e) {
            throw ProblemMapping.usernameTaken();
        }
    }
}
