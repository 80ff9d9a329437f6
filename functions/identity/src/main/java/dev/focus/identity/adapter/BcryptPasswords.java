package dev.focus.identity.adapter;

import dev.focus.identity.application.Passwords;
import dev.focus.security.PasswordHasher;

final class BcryptPasswords implements Passwords {

    private final PasswordHasher hasher;

    BcryptPasswords(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    @Override
    public String hash(String password) {
        return hasher.hash(password);
    }

    @Override
    public boolean matches(String password, String hash) {
        return hasher.matches(password, hash);
    }

    @Override
    public boolean matchesNothing(String password) {
        return hasher.matchesNothing(password);
    }
}
