package dev.focus.identity.model;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountRulesTest {

    @Test
    @DisplayName("usernames are 3 to 32 letters, digits, '_' or '.'")
    void usernames() {
        assertThat(AccountRules.checkUsername("ada.l_99")).isEmpty();
        assertThat(AccountRules.checkUsername("abc")).isEmpty();
        assertThat(AccountRules.checkUsername("a".repeat(32))).isEmpty();
        assertThat(AccountRules.checkUsername("ab")).isPresent();
        assertThat(AccountRules.checkUsername("a".repeat(33))).isPresent();
        assertThat(AccountRules.checkUsername("ada lovelace")).isPresent();
        assertThat(AccountRules.checkUsername("ada-l")).isPresent();
    }

    @Test
    @DisplayName("passwords need 10 characters and at most bcrypt's 72 bytes")
    void passwords() {
        assertThat(AccountRules.checkPassword("123456789")).isPresent();
        assertThat(AccountRules.checkPassword("1234567890")).isEmpty();
        assertThat(AccountRules.checkPassword("é".repeat(37))).isPresent();
    }

    @Test
    @DisplayName("time zones must be IANA names")
    void timezones() {
        assertThat(AccountRules.checkTimezone("Europe/Paris")).isEmpty();
        assertThat(AccountRules.checkTimezone("UTC")).isEmpty();
        assertThat(AccountRules.checkTimezone("+02:00")).isPresent();
        assertThat(AccountRules.checkTimezone("Mars/Olympus")).isPresent();
    }

    @Test
    @DisplayName("emails are compared lower-cased and trimmed")
    void emails() {
        assertThat(AccountRules.normalizeEmail(" Ada@Example.COM ")).isEqualTo("ada@example.com");
        assertThat(AccountRules.checkEmail("ada@example")).isPresent();
        assertThat(AccountRules.checkEmail("ada@example.com")).isEmpty();
    }
}
