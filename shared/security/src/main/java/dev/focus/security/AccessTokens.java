package dev.focus.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signs access tokens: HS256 only, {@code sub} = user id, {@code preferred_username} = the username when it was
 * issued (other contexts show it without asking identity), {@code roles} = the user's roles, 15 minutes by default.
 */
@Singleton
public class AccessTokens {

    static final JWSAlgorithm ALGORITHM = JWSAlgorithm.HS256;
    public static final String ROLES_CLAIM = "roles";
    public static final String USERNAME_CLAIM = "preferred_username";

    private final byte[] secret;
    private final JwtSettings settings;
    private final Clock clock;

    public AccessTokens(JwtSettings settings, Clock clock) {
        this.secret = settings.getSecret().getBytes(StandardCharsets.UTF_8);
        this.settings = settings;
        this.clock = clock;
    }

    public IssuedAccessToken issue(String userId, String username, Collection<String> roles) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.getAccessTokenTtl());
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(userId)
                .claim(USERNAME_CLAIM, username)
                .claim(ROLES_CLAIM, List.copyOf(roles))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(ALGORITHM).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException("focus.jwt.secret cannot sign HS256 tokens", e);
        }
        return new IssuedAccessToken(jwt.serialize(), expiresAt, settings.getAccessTokenTtl().toSeconds());
    }
}
