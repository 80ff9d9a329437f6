package dev.focus.security;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    @DisplayName("a password matches its own bcrypt hash of cost 12 and no other password")
    void round_trip() {
        String hash = hasher.hash("correct horse battery");

        assertThat(hash).startsWith("$2a$12$");
        assertThat(hasher.matches("correct horse battery", hash)).isTrue();
        assertThat(hasher.matches("correct horse battery!", hash)).isFalse();
    }

    @Test
    @DisplayName("a password longer than 72 bytes is refused instead of silently truncated")
    void refuses_long_passwords() {
        assertThatThrownBy(() -> hasher.hash("x".repeat(73))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("checking a password of an unknown account answers false")
    void unknown_account() {
        assertThat(hasher.matchesNothing("whatever-password")).isFalse();
    }
}
