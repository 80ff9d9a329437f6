package dev.focus.identity.application;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    /** Failures in memory, as the PostgreSQL table holds them. */
    private static final class Failures implements LoginFailures {
        record Failure(String account, String ip, Instant at) {
        }

        final List<Failure> rows = new ArrayList<>();

        @Override
        public void record(String accountKey, String clientIp, Instant at) {
            rows.add(new Failure(accountKey, clientIp, at));
        }

        @Override
        public Window ofAccountSince(String accountKey, Instant since) {
            return window(rows.stream().filter(f -> f.account().equals(accountKey) && f.at().isAfter(since)).toList());
        }

        @Override
        public Window ofClientSince(String clientIp, Instant since) {
            return window(rows.stream().filter(f -> f.ip().equals(clientIp) && f.at().isAfter(since)).toList());
        }

        @Override
        public void forgetAccount(String accountKey) {
            rows.removeIf(f -> f.account().equals(accountKey));
        }

        private static Window window(List<Failure> failures) {
            return new Window(failures.size(), failures.stream().map(Failure::at).min(Instant::compareTo));
        }
    }

    private final Failures failures = new Failures();

    @Test
    @DisplayName("four failures leave the account open; the fifth closes it until the oldest is 15 minutes old")
    void five_per_account() {
        for (int minute = 0; minute < 4; minute++) {
            failures.record("acct", "ip-" + minute, NOW.minus(Duration.ofMinutes(10 - minute)));
        }
        assertThat(throttle().retryAfter("acct", Optional.of("ip-x"))).isEmpty();

        failures.record("acct", "ip-y", NOW);

        assertThat(throttle().retryAfter("acct", Optional.of("ip-x"))).contains(5 * 60L + 1);
    }

    @Test
    @DisplayName("twenty failures from one address close that address for every account")
    void twenty_per_address() {
        for (int i = 0; i < 20; i++) {
            failures.record("acct-" + i, "198.51.100.9", NOW.minusSeconds(60));
        }

        assertThat(throttle().retryAfter("someone-else", Optional.of("198.51.100.9"))).contains(14 * 60L + 1);
        assertThat(throttle().retryAfter("someone-else", Optional.of("198.51.100.10"))).isEmpty();
    }

    @Test
    @DisplayName("a success forgets the account's failures")
    void success_resets() {
        for (int i = 0; i < 4; i++) {
            failures.record("acct", "ip", NOW);
        }

        throttle().succeeded("acct");
        failures.record("acct", "ip", NOW);

        assertThat(throttle().retryAfter("acct", Optional.empty())).isEmpty();
    }

    private LoginThrottle throttle() {
        return new LoginThrottle(failures, Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
