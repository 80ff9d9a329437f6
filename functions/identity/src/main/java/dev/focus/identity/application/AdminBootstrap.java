package dev.focus.identity.application;

import dev.focus.identity.model.Role;
import dev.focus.identity.model.User;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code focus.identity.admin-emails}: accounts with these addresses become ADMIN once their address is proven
 * (email verification or a verified Google sign-in), so an operator can make the first admin without SQL and
 * nobody gets ADMIN merely by registering someone else's address first.
 */
public final class AdminBootstrap {

    private final Set<String> adminEmails;

    public AdminBootstrap(Set<String> adminEmails) {
        this.adminEmails = adminEmails.stream().map(dev.focus.identity.model.AccountRules::normalizeEmail)
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean promotes(User user) {
        return user.emailVerified() && user.role() != Role.ADMIN && adminEmails.contains(user.email());
    }

    public User apply(User user, Instant now) {
        return promotes(user) ? user.withRole(Role.ADMIN, now) : user;
    }
}
