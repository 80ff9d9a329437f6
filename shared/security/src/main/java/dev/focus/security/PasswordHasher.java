package dev.focus.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/** bcrypt with cost 12. Passwords longer than bcrypt's 72-byte limit are refused rather than silently cut. */
@Singleton
public class PasswordHasher {

    public static final int COST = 12;
    public static final int MAX_BYTES = 72;

    /** A real hash of a throwaway password, made on first need (not at cold start). */
    private static final class Dummy {
        static final String HASH = BCrypt.withDefaults().hashToString(COST, "not-a-real-password".toCharArray());
    }

    public String hash(String password) {
        requireWithinLimit(password);
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return false;
        }
        return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    }

    /** Spends the time of one verification and answers false: for sign-ins of accounts that do not exist. */
    public boolean matchesNothing(String password) {
        matches(password.length() > MAX_BYTES ? password.substring(0, MAX_BYTES) : password, Dummy.HASH);
        return false;
    }

    public static boolean withinLimit(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    private static void requireWithinLimit(String password) {
        if (!withinLimit(password)) {
            throw new IllegalArgumentException("bcrypt hashes at most " + MAX_BYTES + " bytes");
        }
    }
}
