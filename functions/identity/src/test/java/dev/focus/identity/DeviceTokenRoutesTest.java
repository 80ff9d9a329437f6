package dev.focus.identity;

import dev.focus.emulators.LocalCloud;
import dev.focus.security.OpaqueTokens;
import dev.focus.testkit.WithLocalCloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** OWASP's device cookies: a device that signed in before is throttled on its own, apart from strangers. */
@WithLocalCloud
@DisplayName("device tokens")
class DeviceTokenRoutesTest {

    static LocalCloud cloud;
    static IdentityApi api;

    @BeforeAll
    static void start() {
        api = IdentityApi.start(cloud);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    @DisplayName("a sign-in answers a device token and sets it as an HttpOnly, Secure, SameSite=Strict cookie for /api/v1/auth")
    void sign_in_hands_out_a_device_token() {
        var account = api.from("203.0.113.40").newAccount();

        var response = api.login(account.email(), account.password());

        String deviceToken = response.text("device_token");
        assertThat(deviceToken).hasSizeGreaterThanOrEqualTo(43);
        assertThat(response.setCookie("device_token")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("device_token=" + deviceToken + ";")
                .contains("Path=/api/v1/auth", "HttpOnly", "Secure", "SameSite=Strict", "Max-Age=15552000"));
    }

    @Test
    @DisplayName("an account locked by strangers still lets its owner's known device in")
    void owner_device_passes_the_strangers_lockout() {
        var account = api.from("203.0.113.41").newAccount();
        String deviceToken = api.tokensOf(account).text("device_token");
        lockedByStrangers(account);

        var stranger = api.from("203.0.113.43").login(account.email(), account.password());
        var owner = api.from("203.0.113.41").login(account.email(), account.password(), deviceToken);

        assertThat(stranger.status()).isEqualTo(429);
        assertThat(owner.status()).isEqualTo(200);
    }

    @Test
    @DisplayName("a browser's known device is recognised by its cookie")
    void device_token_as_a_cookie() {
        var account = api.from("203.0.113.44").newAccount();
        String deviceToken = api.tokensOf(account).text("device_token");
        lockedByStrangers(account);

        var owner = api.from("203.0.113.44").loginWithCookie(account.email(), account.password(), deviceToken);

        assertThat(owner.status()).isEqualTo(200);
    }

    @Test
    @DisplayName("failures with a device token lock out only that device")
    void device_failures_lock_only_that_device() {
        var account = api.from("203.0.113.45").newAccount();
        String laptop = api.tokensOf(account).text("device_token");
        String phone = api.from("203.0.113.46").tokensOf(account).text("device_token");
        for (int i = 0; i < 5; i++) {
            assertThat(api.from("203.0.113.45").login(account.email(), "wrong-password-" + i, laptop).status()).isEqualTo(401);
        }

        var lockedLaptop = api.login(account.email(), account.password(), laptop);
        var otherDevice = api.login(account.email(), account.password(), phone);
        var newBrowser = api.from("203.0.113.47").login(account.email(), account.password());

        assertThat(lockedLaptop.status()).isEqualTo(429);
        assertThat(lockedLaptop.code()).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(Long.parseLong(lockedLaptop.header("Retry-After").orElseThrow())).isBetween(1L, 901L);
        assertThat(otherDevice.status()).isEqualTo(200);
        assertThat(newBrowser.status()).isEqualTo(200);
    }

    @Test
    @DisplayName("a forged device token is untrusted")
    void forged_token_is_untrusted() {
        var account = api.from("203.0.113.48").newAccount();
        lockedByStrangers(account);

        var forged = api.from("203.0.113.48").login(account.email(), account.password(), OpaqueTokens.newToken());

        assertThat(forged.status()).isEqualTo(429);
        assertThat(forged.code()).isEqualTo("TOO_MANY_ATTEMPTS");
    }

    @Test
    @DisplayName("a forged device token on an account nobody attacks is no error: the sign-in succeeds")
    void forged_token_is_no_error() {
        var account = api.from("203.0.113.49").newAccount();

        var response = api.loginWithCookie(account.email(), account.password(), "not-a-device-token");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("device_token")).isNotEqualTo("not-a-device-token");
    }

    @Test
    @DisplayName("another account's device token is untrusted")
    void foreign_token_is_untrusted() {
        var attacker = api.from("203.0.113.50").newAccount();
        String attackersDevice = api.tokensOf(attacker).text("device_token");
        var victim = api.newAccount();
        lockedByStrangers(victim);

        var response = api.from("203.0.113.50").login(victim.email(), victim.password(), attackersDevice);

        assertThat(response.status()).isEqualTo(429);
    }

    @Test
    @DisplayName("every sign-in replaces the device token, and the one it replaced is no longer trusted")
    void device_token_is_replaced() {
        var account = api.from("203.0.113.51").newAccount();
        String first = api.tokensOf(account).text("device_token");
        String second = api.login(account.email(), account.password(), first).text("device_token");
        lockedByStrangers(account);

        var withFirst = api.from("203.0.113.51").login(account.email(), account.password(), first);
        var withSecond = api.login(account.email(), account.password(), second);

        assertThat(second).isNotEqualTo(first);
        assertThat(withFirst.status()).isEqualTo(429);
        assertThat(withSecond.status()).isEqualTo(200);
    }

    @Test
    @DisplayName("a device token older than 180 days is untrusted")
    void device_token_expires() {
        var account = api.from("203.0.113.52").newAccount();
        String deviceToken = api.tokensOf(account).text("device_token");
        api.clock.advance(Duration.ofDays(180));
        lockedByStrangers(account);

        var response = api.from("203.0.113.52").login(account.email(), account.password(), deviceToken);

        assertThat(response.status()).isEqualTo(429);
    }

    /** Five wrong passwords from an address the owner never uses, so the account is locked for untrusted clients. */
    private static void lockedByStrangers(IdentityApi.Account account) {
        api.from("203.0.113.42");
        for (int i = 0; i < 5; i++) {
            assertThat(api.login(account.email(), "guess-" + i).status()).isEqualTo(401);
        }
    }
}
