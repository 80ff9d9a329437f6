package dev.focus.identity.api;

import dev.focus.identity.application.AccountState;
import dev.focus.identity.application.Profiles;
import dev.focus.identity.model.Role;
import dev.focus.identity.model.User;
import dev.focus.kernel.api.Problems;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

/**
 * Identity's own routes look the caller up (one primary-key read) so that a suspended or deleted account is
 * refused at once, although its access token stays valid elsewhere until it expires (at most 15 minutes).
 */
@Singleton
final class AccountGuard {

    private final Profiles profiles;

    AccountGuard(Profiles profiles) {
        this.profiles = profiles;
    }

    User activeUser(Authentication authentication) {
        return switch (profiles.state(authentication.getName())) {
            case AccountState.Active active -> active.user();
            case AccountState.Suspended suspended -> throw Problems.forbidden("ACCOUNT_SUSPENDED", "This account is suspended.");
            case AccountState.Gone gone -> throw Problems.unauthorized("ACCOUNT_NOT_FOUND", "This account no longer exists.");
        };
    }

    /** The token's ADMIN role is re-checked against the stored role: a demotion takes effect at once here. */
    User activeAdmin(Authentication authentication) {
        User user = activeUser(authentication);
        if (user.role() != Role.ADMIN) {
            throw Problems.forbidden("FORBIDDEN", "Administrators only.");
        }
        return user;
    }
}
