package dev.focus.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/**
 * The only signature Micronaut Security checks incoming tokens against. Unlike the stock secret signature, it
 * accepts HS256 alone: a token whose header names HS384, HS512 or anything else fails even when its MAC would
 * verify, and since a signature is configured Micronaut refuses unsigned ({@code alg: none}) tokens.
 */
@Singleton
final class PinnedHmacSignature implements SignatureConfiguration {

    private final byte[] secret;

    PinnedHmacSignature(JwtSettings settings) {
        this.secret = settings.getSecret().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return "Only HS256 is accepted";
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return AccessTokens.ALGORITHM.equals(algorithm);
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        return supports(jwt.getHeader().getAlgorithm()) && jwt.verify(new MACVerifier(secret));
    }
}
