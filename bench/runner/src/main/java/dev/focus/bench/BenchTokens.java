package dev.focus.bench;

import dev.focus.security.AccessTokens;
import dev.focus.security.JwtSettings;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Access tokens signed as identity signs them ({@link AccessTokens}), with the secret the functions check: the
 * rooms benchmarks need users, not identity's login path.
 */
final class BenchTokens {

    private final AccessTokens tokens;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicInteger issued = new AtomicInteger();

    BenchTokens(String secret) {
        JwtSettings settings = () -> secret;
        this.tokens = new AccessTokens(settings, Clock.systemUTC());
    }

    /** A new user with a unique id; the token lives 15 minutes, longer than any of these benchmarks. */
    BenchUser newUser(String role) {
        String id = "bench-" + run + "-" + issued.incrementAndGet();
        String username = role + "-" + issued.get();
        return new BenchUser(id, username, tokens.issue(id, username, List.of("USER")).token());
    }

    /** The same user with a token fresh from now, for runs that outlast one token. */
    BenchUser renewed(BenchUser user) {
        return new BenchUser(user.id(), user.username(), tokens.issue(user.id(), user.username(), List.of("USER")).token());
    }
}
