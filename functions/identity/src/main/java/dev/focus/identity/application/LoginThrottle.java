package dev.focus.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** At most 5 failed sign-ins per account and 20 per client address in any 15 minutes. */
public final class LoginThrottle {

    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final int PER_ACCOUNT = 5;
    public static final int PER_CLIENT = 20;

    private final LoginFailures failures;
    private final Clock clock;

    public LoginThrottle(LoginFailures failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    /** Seconds until the next attempt may be made, or empty when one may be made now. */
    public Optional<Long> retryAfter(String accountKey, Optional<String> clientIp) {
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        Optional<Long> account = blockedFor(failures.ofAccountSince(accountKey, since), PER_ACCOUNT, now);
        if (account.isPresent() || clientIp.isEmpty()) {
            return account;
        }
        return blockedFor(failures.ofClientSince(clientIp.get(), since), PER_CLIENT, now);
    }

    public void failed(String accountKey, Optional<String> clientIp) {
        failures.record(accountKey, clientIp.orElse(""), clock.instant());
    }

    public void succeeded(String accountKey) {
        failures.forgetAccount(accountKey);
    }

    /** Failures are not recorded while blocked, so the count falls below the limit when the oldest ages out. */
    private static Optional<Long> blockedFor(LoginFailures.Window window, int limit, Instant now) {
        if (window.count() < limit) {
            return Optional.empty();
        }
        Instant free = window.oldest().orElse(now).plus(WINDOW);
        return Optional.of(Math.max(1, Duration.between(now, free).toSeconds() + 1));
    }
}
