package dev.focus.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins allowed in any window (OWASP's device-cookie scheme). Untrusted clients share a budget per
 * account and one per client address; a device that presents its device token has a budget of its own and meets
 * no other limit, so strangers can neither lock its owner out nor spend its budget.
 */
public final class LoginThrottle {

    /** The address limit is high because a campus or office NAT puts many people behind one address. */
    public record Limits(Duration window, int perAccount, int perDevice, int perAddress) {

        public static final Limits DEFAULTS = new Limits(Duration.ofMinutes(15), 5, 5, 100);
    }

    private final LoginFailures failures;
    private final Clock clock;
    private final Limits limits;

    public LoginThrottle(LoginFailures failures, Clock clock, Limits limits) {
        this.failures = failures;
        this.clock = clock;
        this.limits = limits;
    }

    /** Seconds until the next attempt may be made, or empty when one may be made now. */
    public Optional<Long> retryAfter(LoginAttempt attempt) {
        Instant now = clock.instant();
        Instant since = now.minus(limits.window());
        return switch (attempt) {
            case LoginAttempt.FromTrustedDevice device ->
                    blockedFor(failures.ofDeviceSince(device.deviceId(), since), limits.perDevice(), now);
            case LoginAttempt.Untrusted untrusted ->
                    blockedFor(failures.untrustedOfAccountSince(untrusted.accountKey(), since), limits.perAccount(), now)
                            .or(() -> untrusted.clientIp().flatMap(ip ->
                                    blockedFor(failures.untrustedFromClientSince(ip, since), limits.perAddress(), now)));
        };
    }

    public void failed(LoginAttempt attempt) {
        Instant now = clock.instant();
        failures.forgetBefore(now.minus(limits.window()));
        Optional<String> deviceId = attempt instanceof LoginAttempt.FromTrustedDevice device
                ? Optional.of(device.deviceId())
                : Optional.empty();
        failures.record(attempt.accountKey(), attempt.clientIp().orElse(""), deviceId, now);
    }

    /**
     * A trusted device's success clears only its own failures: the owner signing in must not hand strangers a new
     * budget. An untrusted success clears the untrusted failures of the account, so the mistypes of someone who then
     * got in stop counting against their address too.
     */
    public void succeeded(LoginAttempt attempt) {
        switch (attempt) {
            case LoginAttempt.FromTrustedDevice device -> failures.forgetDevice(device.deviceId());
            case LoginAttempt.Untrusted untrusted -> failures.forgetUntrustedOfAccount(untrusted.accountKey());
        }
    }

    /** Failures are not recorded while blocked, so the count falls below the limit when the oldest ages out. */
    private Optional<Long> blockedFor(LoginFailures.Window window, int limit, Instant now) {
        if (window.count() < limit) {
            return Optional.empty();
        }
        Instant free = window.oldest().orElse(now).plus(limits.window());
        return Optional.of(Math.max(1, Duration.between(now, free).toSeconds() + 1));
    }
}
