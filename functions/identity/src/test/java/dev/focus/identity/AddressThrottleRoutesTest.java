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

    @Test
    @DisplayName("parallel guesses at many accounts from one address stop at the address limit")
    void parallel_guesses_stop_at_the_address_limit() {
        api.from("203.0.113.65");

        var statuses = IdentityApi.statusesInParallel(30,
                n -> api.login(IdentityApi.unique("sprayed") + "@example.com", "wrong-password"));

        assertThat(statuses).filteredOn(status -> status == 401).hasSize(10);
        assertThat(statuses).filteredOn(status -> status == 429).hasSize(20);
    }

    @Test
    @DisplayName("addresses in one IPv6 /64 share one limit")
    void ipv6_prefix_shares_one_limit() {
        var account = api.from("2001:db8:60:1::1").newAccount();
        for (int i = 0; i < 10; i++) {
            api.from("2001:db8:60:1:" + Integer.toHexString(i + 1) + "::7");
            assertThat(api.login(IdentityApi.unique("nobody") + "@example.com", "wrong-password").status()).isEqualTo(401);
        }

        var samePrefix = api.from("2001:db8:60:1:ffff:ffff:ffff:fffe").login(account.email(), account.password());
        var nextPrefix = api.from("2001:db8:60:2::1").login(account.email(), account.password());

        assertThat(samePrefix.status()).isEqualTo(429);
        assertThat(nextPrefix.status()).isEqualTo(200);
    }

    @Test
    @DisplayName("an IPv4-mapped address counts as its IPv4 address")
    void ipv4_mapped_counts_as_ipv4() {
        var account = api.from("203.0.113.66").newAccount();
        api.from("::ffff:203.0.113.67");
        failuresOverOtherAccounts(10);

        var plainIpv4 = api.from("203.0.113.67").login(account.email(), account.password());

        assertThat(plainIpv4.status()).isEqualTo(429);
    }

    private static void failuresOverOtherAccounts(int failures) {
        for (int i = 0; i < failures; i++) {
            assertThat(api.login(IdentityApi.unique("nobody") + "@example.com", "wrong-password").status()).isEqualTo(401);
        }
    }
}
