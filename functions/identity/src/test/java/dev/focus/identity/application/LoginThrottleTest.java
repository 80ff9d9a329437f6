package dev.focus.identity.application;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final String ADDRESS = "198.51.100.9";

    private final InMemoryLoginFailures failures = new InMemoryLoginFailures();

    @Test
    @DisplayName("four failures leave the account open; the fifth closes it until the oldest is 15 minutes old")
    void five_per_account() {
        for (int minute = 0; minute < 4; minute++) {
            failures.record("acct", "ip-" + minute, Optional.empty(), NOW.minus(Duration.ofMinutes(10 - minute)));
        }
        assertThat(throttle().retryAfter(untrusted("acct", "ip-x"))).isEmpty();

        failures.record("acct", "ip-y", Optional.empty(), NOW);

        assertThat(throttle().retryAfter(untrusted("acct", "ip-x"))).contains(5 * 60L + 1);
    }

    @Test
    @DisplayName("a hundred failures from one address close that address for every untrusted client")
    void hundred_per_address() {
        for (int i = 0; i < 100; i++) {
            failures.record("acct-" + i, ADDRESS, Optional.empty(), NOW.minusSeconds(60));
        }

        assertThat(throttle().retryAfter(untrusted("someone-else", ADDRESS))).contains(14 * 60L + 1);
        assertThat(throttle().retryAfter(untrusted("someone-else", "198.51.100.10"))).isEmpty();
    }

    @Test
    @DisplayName("ninety-nine failures from one address still let the next untrusted client try")
    void ninety_nine_per_address() {
        for (int i = 0; i < 99; i++) {
            failures.record("acct-" + i, ADDRESS, Optional.empty(), NOW.minusSeconds(60));
        }

        assertThat(throttle().retryAfter(untrusted("someone-else", ADDRESS))).isEmpty();
    }

    @Test
    @DisplayName("a trusted device meets neither the account's untrusted lockout nor its address's limit")
    void trusted_device_ignores_untrusted_failures() {
        for (int i = 0; i < 100; i++) {
            failures.record(i < 5 ? "acct" : "acct-" + i, ADDRESS, Optional.empty(), NOW.minusSeconds(60));
        }

        assertThat(throttle().retryAfter(new LoginAttempt.FromTrustedDevice("acct", "device-1", Optional.of(ADDRESS))))
                .isEmpty();
    }

    @Test
    @DisplayName("five failures with one device token close that device only")
    void five_per_device() {
        for (int i = 0; i < 5; i++) {
            throttle().admit(new LoginAttempt.FromTrustedDevice("acct", "device-1", Optional.of(ADDRESS)));
        }

        assertThat(throttle().retryAfter(new LoginAttempt.FromTrustedDevice("acct", "device-1", Optional.of(ADDRESS))))
                .contains(15 * 60L + 1);
        assertThat(throttle().retryAfter(new LoginAttempt.FromTrustedDevice("acct", "device-2", Optional.of(ADDRESS))))
                .isEmpty();
        assertThat(throttle().retryAfter(untrusted("acct", ADDRESS))).isEmpty();
    }

    @Test
    @DisplayName("an admitted attempt counts as a failure until it succeeds")
    void admitted_attempt_counts_until_it_succeeds() {
        for (int i = 0; i < 4; i++) {
            failures.record("acct", "ip-" + i, Optional.empty(), NOW);
        }

        var admitted = (LoginThrottle.Admission.Admitted) throttle().admit(untrusted("acct", ADDRESS));

        assertThat(throttle().admit(untrusted("acct", "198.51.100.10"))).isInstanceOf(LoginThrottle.Admission.Refused.class);
        throttle().withdraw(admitted);
        assertThat(throttle().retryAfter(untrusted("acct", "198.51.100.10"))).isEmpty();
    }

    @Test
    @DisplayName("an untrusted success forgets the account's untrusted failures from its own network")
    void success_resets() {
        for (int i = 0; i < 4; i++) {
            failures.record("acct", ADDRESS, Optional.empty(), NOW);
        }

        throttle().succeeded((LoginThrottle.Admission.Admitted) throttle().admit(untrusted("acct", ADDRESS)));
        failures.record("acct", ADDRESS, Optional.empty(), NOW);

        assertThat(throttle().retryAfter(untrusted("acct", ADDRESS))).isEmpty();
    }

    @Test
    @DisplayName("an untrusted success leaves the failures strangers made from elsewhere standing")
    void untrusted_success_keeps_the_strangers_failures() {
        for (int i = 0; i < 4; i++) {
            failures.record("acct", "203.0.113.66", Optional.empty(), NOW);
        }

        throttle().succeeded((LoginThrottle.Admission.Admitted) throttle().admit(untrusted("acct", ADDRESS)));
        failures.record("acct", "203.0.113.66", Optional.empty(), NOW);

        assertThat(throttle().retryAfter(untrusted("acct", "203.0.113.67"))).isPresent();
    }

    @Test
    @DisplayName("addresses in one IPv6 /64 spend one address budget")
    void ipv6_prefix_shares_the_address_budget() {
        for (int i = 0; i < 100; i++) {
            throttle().admit(untrusted("acct-" + i, "2001:db8:1:2::" + Integer.toHexString(i + 1)));
        }

        assertThat(throttle().retryAfter(untrusted("someone-else", "2001:db8:1:2:ffff::1"))).isPresent();
        assertThat(throttle().retryAfter(untrusted("someone-else", "2001:db8:1:3::1"))).isEmpty();
    }

    @Test
    @DisplayName("the owner's success on a trusted device leaves strangers' failures standing")
    void trusted_success_keeps_the_strangers_lockout() {
        for (int i = 0; i < 5; i++) {
            throttle().admit(untrusted("acct", "203.0.113.66"));
        }

        throttle().succeeded(new LoginThrottle.Admission.Admitted(
                new LoginAttempt.FromTrustedDevice("acct", "device-1", Optional.of(ADDRESS)), 0));

        assertThat(throttle().retryAfter(untrusted("acct", "203.0.113.66"))).isPresent();
    }

    private static LoginAttempt untrusted(String account, String ip) {
        return new LoginAttempt.Untrusted(account, Optional.of(ip));
    }

    private LoginThrottle throttle() {
        return new LoginThrottle(failures, Clock.fixed(NOW, ZoneOffset.UTC), LoginThrottle.Limits.DEFAULTS);
    }
}
