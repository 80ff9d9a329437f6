package dev.focus.identity.adapter;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.focus.identity.application.GoogleIdTokens;
import dev.focus.identity.application.IdentityProviderUnavailable;

import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies Google ID tokens with nimbus-jose-jwt: RS256 signature against the JWKS at {@code focus.oauth.google.jwks-url}
 * (fetched and cached by nimbus's own URL retriever, so the jar needs no Micronaut HTTP client), issuer, audience
 * and expiry. The key source is built on first use: cold starts that never see a Google sign-in never pay for it.
 */
final class NimbusGoogleIdTokens implements GoogleIdTokens {

    private static final Set<String> ISSUERS = Set.of("accounts.google.com", "https://accounts.google.com");

    private final GoogleSettings settings;
    private final Clock clock;
    private volatile DefaultJWTProcessor<SecurityContext> processor;

    NimbusGoogleIdTokens(GoogleSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Optional<GoogleIdentity> verify(String idToken) {
        Optional<String> clientId = settings.getClientId().filter(id -> !id.isBlank());
        if (clientId.isEmpty() || settings.getJwksUrl().filter(url -> !url.isBlank()).isEmpty()) {
            return Optional.empty();
        }
        try {
            JWTClaimsSet claims = processor(clientId.get()).process(idToken, null);
            boolean trustedIssuer = ISSUERS.contains(claims.getIssuer());
            boolean unexpired = claims.getExpirationTime() != null && claims.getExpirationTime().after(Date.from(clock.instant()));
            String email = claims.getStringClaim("email");
            if (!trustedIssuer || !unexpired || email == null) {
                return Optional.empty();
            }
            return Optional.of(new GoogleIdentity(claims.getSubject(), email, Boolean.TRUE.equals(claims.getBooleanClaim("email_verified"))));
        } catch (KeySourceException e) {
            throw new IdentityProviderUnavailable("Google's signing keys could not be fetched", e);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            return Optional.empty();
        }
    }

    private DefaultJWTProcessor<SecurityContext> processor(String clientId) {
        DefaultJWTProcessor<SecurityContext> current = processor;
        if (current == null) {
            synchronized (this) {
                current = processor;
                if (current == null) {
                    current = newProcessor(clientId);
                    processor = current;
                }
            }
        }
        return current;
    }

    private DefaultJWTProcessor<SecurityContext> newProcessor(String clientId) {
        JWKSource<SecurityContext> keys = JWKSourceBuilder
                .create(jwksUrl(), new DefaultResourceRetriever(3000, 3000, 256 * 1024))
                .build();
        DefaultJWTProcessor<SecurityContext> jwtProcessor = new DefaultJWTProcessor<>();
        jwtProcessor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        jwtProcessor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(clientId, null, Set.of("sub", "iss", "exp", "aud")));
        return jwtProcessor;
    }

    private java.net.URL jwksUrl() {
        try {
            return URI.create(settings.getJwksUrl().orElseThrow()).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("focus.oauth.google.jwks-url is not a URL", e);
        }
    }

}
