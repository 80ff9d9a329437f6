package dev.focus.identity.application;

import dev.focus.identity.model.DeviceToken;
import dev.focus.security.OpaqueTokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Device tokens (OWASP "Slow Down Online Guessing Attacks with Device Cookies"): a random token handed to a client
 * at each successful sign-in and stored only as its hash. Presented again for the same account, it makes the
 * attempt trusted; an unknown, expired or foreign token is simply not trusted.
 */
public final class TrustedDevices {

    private final DeviceTokens tokens;
    private final Ids ids;
    private final Clock clock;
    private final Duration validity;

    public TrustedDevices(DeviceTokens tokens, Ids ids, Clock clock, Duration validity) {
        this.tokens = tokens;
        this.ids = ids;
        this.clock = clock;
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }

    public Optional<DeviceToken> recognise(String accountId, Optional<String> presented) {
        Instant now = clock.instant();
        return presented.filter(token -> !token.isBlank())
                .flatMap(token -> tokens.byHash(OpaqueTokens.hash(token)))
                .filter(device -> device.trustedFor(accountId, now));
    }

    /** A new token for the account; the one it replaces stops working, so each device holds one live token. */
    public String issue(String accountId, Optional<DeviceToken> replacing) {
        Instant now = clock.instant();
        replacing.ifPresent(device -> tokens.delete(device.id()));
        tokens.deleteExpiredOf(accountId, now);
        String token = OpaqueTokens.newToken();
        tokens.insert(new DeviceToken(ids.next(), accountId, OpaqueTokens.hash(token), now, now.plus(validity)));
        return token;
    }

    public void forgetAllOf(String accountId) {
        tokens.deleteAllOf(accountId);
    }
}
