package dev.focus.security;

import io.micronaut.security.authentication.Authentication;

import java.util.Set;

/** Who is calling: the access token's {@code sub}, {@code preferred_username} (may be empty) and {@code roles}. */
public record Caller(String userId, String username, Set<String> roles) {

    public static final String ADMIN = "ADMIN";
    public static final String USER = "USER";

    public static Caller of(Authentication authentication) {
        Object username = authentication.getAttributes().get(AccessTokens.USERNAME_CLAIM);
        return new Caller(authentication.getName(), username == null ? "" : username.toString(),
                Set.copyOf(authentication.getRoles()));
    }

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }
}
