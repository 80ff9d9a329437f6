package dev.focus.identity;

import dev.focus.emulators.LocalCloud;
import dev.focus.testkit.WithLocalCloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-address limit, set to 10 here so that reaching it takes 10 bcrypt checks instead of 100 (the default;
 * AddressLimitMeasurementTest measures what 100 survives).
 */
@WithLocalCloud
@DisplayName("the per-address limit on failed sign-ins")
class AddressThrottleRoutesTest {

    static LocalCloud cloud;
    static IdentityApi api;

    @BeforeAll
    static void start() {
        api = IdentityApi.start(cloud, Map.of("focus.identity.sign-in.failures-per-address", 10));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    @DisplayName("an address is throttled after 10 failures (the limit set here), other addresses are not")
    void address_is_throttled() {
        var account = api.from("203.0.113.60").newAccount();
        failuresOverOtherAccounts(10);

        var blocked = api.login(account.email(), account.password());
        var elsewhere = api.from("203.0.113.61").login(account.email(), account.password());

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.code()).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(Long.parseLong(blocked.header("Retry-After").orElseThrow())).isBetween(1L, 901L);
        assertThat(elsewhere.status()).isEqualTo(200);
    }

    @Test
    @DisplayName("nine failures from an address still let a new account sign in there")
    void address_below_the_limit() {
        var account = api.from("203.0.113.62").newAccount();
        failuresOverOtherAccounts(9);

        assertThat(api.login(account.email(), account.password()).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("a device that signed in before keeps signing in while its address is throttled")
    void known_device_passes_a_throttled_address() {
        var account = api.from("203.0.113.63").newAccount();
        String deviceToken = api.tokensOf(account).text("device_token");
        failuresOverOtherAccounts(10);

        var untrusted = api.login(account.email(), account.password());
        var device = api.login(account.email(), account.password(), deviceToken);

        assertThat(untrusted.status()).isEqualTo(429);
        assertThat(device.status()).isEqualTo(200);
    }

    @Test
    @DisplayName("the address limit lifts once its failures are 15 minutes old")
    void address_limit_lifts() {
        var account = api.from("203.0.113.64").newAccount();
        failuresOverOtherAccounts(10);

        api.clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        assertThat(api.login(account.email(), account.password()).status()).isEqualTo(200);
    }

    private static void failuresOverOtherAccounts(int failures) {
        for (int i = 0; i < failures; i++) {
            assertThat(api.login(IdentityApi.unique("nobody") + "@example.com", "wrong-password").status()).isEqualTo(401);
        }
    }
}
