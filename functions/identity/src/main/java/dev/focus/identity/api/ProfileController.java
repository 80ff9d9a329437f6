package dev.focus.identity.api;

import dev.focus.identity.application.AccountConflict;
import dev.focus.identity.application.ProfileResult;
import dev.focus.identity.application.Profiles;
import dev.focus.identity.model.ProfileChanges;
import dev.focus.identity.model.User;
import dev.focus.kernel.api.ProblemException;
import dev.focus.kernel.api.Problems;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.Optional;

/** Other users' public profiles, and the Focus Mate client's profile routes. No route here shows an email. */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "profiles")
@ApiResponse(responseCode = "401", description = "UNAUTHORIZED, or TOKEN_EXPIRED: refresh the access token")
@ApiResponse(responseCode = "404", description = "USER_NOT_FOUND")
class ProfileController {

    private final AccountGuard guard;
    private final Profiles profiles;

    ProfileController(AccountGuard guard, Profiles profiles) {
        this.guard = guard;
        this.profiles = profiles;
    }

    @Get("/users/{user_id}")
    @Operation(summary = "A user's public profile")
    @ApiResponse(responseCode = "200", description = "id, username, bio, avatar_url, created_at")
    Responses.PublicProfile publicProfile(Authentication authentication, @PathVariable("user_id") String userId) {
        guard.activeUser(authentication);
        return Responses.PublicProfile.of(find(userId));
    }

    @Get("/auth/profile/{user_id}")
    @Operation(summary = "Focus Mate profile: username, bio, total_focus_time (minutes), total_sessions")
    @ApiResponse(responseCode = "200", description = "The profile")
    Responses.FocusMateProfile focusMateProfile(Authentication authentication, @PathVariable("user_id") String userId) {
        guard.activeUser(authentication);
        return Responses.FocusMateProfile.of(find(userId));
    }

    @Put("/auth/profile/{user_id}")
    @Operation(summary = "Update one's own Focus Mate profile (username, bio)")
    @ApiResponse(responseCode = "200", description = "The updated profile")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED")
    @ApiResponse(responseCode = "403", description = "NOT_YOUR_PROFILE")
    @ApiResponse(responseCode = "409", description = "USERNAME_TAKEN")
    Responses.FocusMateProfile updateFocusMateProfile(Authentication authentication, @PathVariable("user_id") String userId,
                                                      @Valid @Body Requests.FocusMateProfileUpdate body) {
        User caller = guard.activeUser(authentication);
        if (!caller.id().equals(userId)) {
            throw Problems.forbidden("NOT_YOUR_PROFILE", "Only the owner can change a profile.");
        }
        ProfileChanges changes = new ProfileChanges(Optional.ofNullable(body.username()), Optional.ofNullable(body.bio()),
                Optional.empty(), Optional.empty(), Optional.empty());
        try {
            return switch (profiles.update(caller.id(), changes)) {
                case ProfileResult.Updated updated -> Responses.FocusMateProfile.of(updated.user());
                case ProfileResult.UsernameTaken taken -> throw ProblemMapping.usernameTaken();
                case ProfileResult.Rejected rejected -> throw ProblemMapping.invalid(rejected.problems());
            };
        } catch (AccountConflict e) {
            throw ProblemMapping.usernameTaken();
        }
    }

    private User find(String userId) {
        return profiles.publicProfile(userId).orElseThrow(ProfileController::notFound);
    }

    private static ProblemException notFound() {
        return Problems.notFound("USER_NOT_FOUND", "No such user.");
    }
}
