package dev.focus.security;

import com.nimbusds.jwt.JWT;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Checks an access token outside an HTTP request (a WebSocket's {@code $connect} carries it in the query string)
 * with the validator Micronaut Security runs on a bearer header, so the same rules hold: HS256 only (the pinned
 * signature), a valid MAC, not expired, a subject.
 */
@Singleton
public final class AccessTokenVerifier {

    private final JsonWebTokenValidator<JWT, Object> validator;
    private final JwtAuthenticationFactory authentications;

    AccessTokenVerifier(JsonWebTokenValidator<JWT, Object> validator, JwtAuthenticationFactory authentications) {
        this.validator = validator;
        this.authentications = authentications;
    }

    /** The caller the token names; empty for a missing, malformed, forged or expired token. */
    public Optional<Caller> verify(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return validator.validate(token, null).flatMap(authentications::createAuthentication).map(Caller::of);
    }
}
