package dev.focus.security;

import io.micronaut.security.authentication.Authentication;

import java.util.Set;

/** Who is calling: the access token's {@code sub} and {@code roles}. */
public record Caller(String userId, Set<String> roles) {

    public static final String ADMIN = "ADMIN";
    public static final String USER = "USER";

    public static Caller of(Authentication authentication) {
        return new Caller(authentication.getName(), Set.copyOf(authentication.getRoles()));
    }

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }
}
