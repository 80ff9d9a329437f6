package dev.focus.security;

import java.time.Instant;

/** A signed access token and when it stops being accepted. */
public record IssuedAccessToken(String token, Instant expiresAt, long expiresInSeconds) {
}
