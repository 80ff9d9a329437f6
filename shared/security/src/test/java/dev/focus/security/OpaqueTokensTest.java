package dev.focus.security;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpaqueTokensTest {

    @Test
    @DisplayName("new tokens are 256-bit, URL-safe and never repeat; the stored form is their SHA-256")
    void tokens_and_hashes() {
        String a = OpaqueTokens.newToken();
        String b = OpaqueTokens.newToken();

        assertThat(a).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(b);
        assertThat(OpaqueTokens.hash(a)).hasSize(64).isEqualTo(OpaqueTokens.hash(a)).isNotEqualTo(OpaqueTokens.hash(b));
    }
}
