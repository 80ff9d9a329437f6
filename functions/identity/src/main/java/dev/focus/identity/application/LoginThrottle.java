package dev.focus.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins allowed in any window (OWASP's device-cookie scheme). Untrusted clients share a budget per
 * account key and one per client network; a device that presents its device token has a budget of its own and
 * meets no other limit, so strangers can neither lock its owner out nor spend its budget.
 *
 * <p>An attempt is counted as a failure when it is admitted, before its password is checked, and the count and
 * that record happen under locks on every budget it spends: parallel attempts therefore never get past a limit,
 * and the password check (bcrypt) runs after the locks are released. A success takes its failure back.
 */
public final class LoginThrottle {

    /** The address limit is high because a campus or office NAT puts many people behind one address. */
    public record Limits(Duration window, int perAccount, int perDevice, int perAddress) {

        public static final Limits DEFAULTS = new Limits(Duration.ofMinutes(15), 5, 5, 100);
    }

    public sealed interface Admission {

        /** May check its password; counted as a failure until it {@link #succeeded succeeds}. */
        record Admitted(LoginAttempt attempt, long failureId) implements Admission {
        }

        record Refused(long retryAfterSeconds) implements Admission {
        }
    }

    private final LoginFailures failures;
    private final Clock clock;
    private final Limits limits;

    public LoginThrottle(LoginFailures failures, Clock clock, Limits limits) {
        this.failures = failures;
        this.clock = clock;
        this.limits = limits;
    }

    /**
     * Counts the attempt as a failure unless a budget it spends is used up. Must run in a transaction, which should
     * end soon after: the locks it takes are held until then. Locks are taken account, then address, always in this
     * order, so two attempts never wait for each other's.
     */
    public Admission admit(LoginAttempt attempt) {
        switch (attempt) {
            case LoginAttempt.FromTrustedDevice device -> failures.lock("device:" + device.deviceId());
            case LoginAttempt.Untrusted untrusted -> {
                failures.lock("account:" + untrusted.accountKey());
                network(untrusted).ifPresent(network -> failures.lock("addr:" + network));
            }
        }
        Optional<Long> retryAfter = retryAfter(attempt);
        if (retryAfter.isPresent()) {
            return new Admission.Refused(retryAfter.get());
        }
        Instant now = clock.instant();
        failures.forgetBefore(now.minus(limits.window()));
        Optional<String> deviceId = attempt instanceof LoginAttempt.FromTrustedDevice device
                ? Optional.of(device.deviceId())
                : Optional.empty();
        long id = failures.record(attempt.accountKey(), network(attempt).orElse(""), deviceId, now);
        return new Admission.Admitted(attempt, id);
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
                            .or(() -> network(untrusted).flatMap(network ->
                                    blockedFor(failures.untrustedFromClientSince(network, since), limits.perAddress(), now)));
        };
    }

    /**
     * A trusted device's success clears only its own failures: the owner signing in must not hand strangers a new
     * budget. An untrusted success clears the untrusted failures of its account key made from its own network (its
     * own mistypes, and those of anyone behind the same NAT), never those of strangers elsewhere.
     */
    public void succeeded(Admission.Admitted admitted) {
        switch (admitted.attempt()) {
            case LoginAttempt.FromTrustedDevice device -> failures.forgetDevice(device.deviceId());
            case LoginAttempt.Untrusted untrusted ->
                    failures.forgetUntrustedOfAccountFrom(untrusted.accountKey(), network(untrusted).orElse(""));
        }
    }

    /** Takes back the failure an admitted attempt was counted as, and nothing else. */
    public void withdraw(Admission.Admitted admitted) {
        failures.forget(admitted.failureId());
    }

    private static Optional<String> network(LoginAttempt attempt) {
        return attempt.clientIp().map(ClientNetwork::of);
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
