package dev.focus.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The real Micronaut Security validator, wired with our pinned signature, judging tokens. */
class AccessTokenValidationTest {

    private static final String SECRET = "a-test-secret-long-enough-for-hs256-and-even-for-hs512-signatures!";
    private static ApplicationContext context;
    private static JsonWebTokenValidator<JWT, Object> validator;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void start() {
        context = ApplicationContext.run(Map.of("focus.jwt.secret", SECRET));
        validator = context.getBean(Argument.of(JsonWebTokenValidator.class, JWT.class, Object.class));
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    @DisplayName("a token we issued is accepted with its subject and roles")
    void accepts_own_token() throws Exception {
        String token = tokens(Clock.systemUTC()).issue("user-1", "name-user-1", List.of("USER")).token();

        JWT jwt = validator.validate(token, null).orElseThrow();

        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("user-1");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("USER");
    }

    @Test
    @DisplayName("an unsigned token (alg none) is refused")
    void refuses_alg_none() {
        String token = new PlainJWT(claims(Instant.now().plusSeconds(600))).serialize();

        assertThat(validator.validate(token, null)).isEmpty();
    }

    @Test
    @DisplayName("a token signed with the right secret but HS512 is refused: the algorithm is pinned")
    void refuses_other_algorithm() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS512), claims(Instant.now().plusSeconds(600)));
        jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));

        assertThat(validator.validate(jwt.serialize(), null)).isEmpty();
    }

    @Test
    @DisplayName("a token signed with another secret is refused")
    void refuses_foreign_secret() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(Instant.now().plusSeconds(600)));
        jwt.sign(new MACSigner("another-secret-that-is-also-long-enough!".getBytes(StandardCharsets.UTF_8)));

        assertThat(validator.validate(jwt.serialize(), null)).isEmpty();
    }

    @Test
    @DisplayName("a token issued 16 minutes ago has expired")
    void refuses_expired() {
        Clock past = Clock.fixed(Instant.now().minus(Duration.ofMinutes(16)), ZoneOffset.UTC);

        String token = tokens(past).issue("user-1", "name-user-1", List.of("USER")).token();

        assertThat(validator.validate(token, null)).isEmpty();
    }

    @Test
    @DisplayName("outside HTTP (a WebSocket's $connect) the verifier names the caller of a valid token, nobody otherwise")
    void verifier_outside_http() throws Exception {
        var verifier = context.getBean(AccessTokenVerifier.class);
        String valid = tokens(Clock.systemUTC()).issue("user-7", "ada", List.of("USER")).token();
        String expired = tokens(Clock.fixed(Instant.now().minus(Duration.ofMinutes(16)), ZoneOffset.UTC))
                .issue("user-7", "ada", List.of("USER")).token();
        SignedJWT forged = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(Instant.now().plusSeconds(600)));
        forged.sign(new MACSigner("another-secret-that-is-also-long-enough!".getBytes(StandardCharsets.UTF_8)));

        assertThat(verifier.verify(valid)).contains(new Caller("user-7", "ada", java.util.Set.of("USER")));
        assertThat(verifier.verify(expired)).isEmpty();
        assertThat(verifier.verify(forged.serialize())).isEmpty();
        assertThat(verifier.verify("not-a-jwt")).isEmpty();
        assertThat(verifier.verify("")).isEmpty();
        assertThat(verifier.verify(null)).isEmpty();
    }

    @Test
    @DisplayName("access tokens live 15 minutes")
    void lives_fifteen_minutes() {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");

        IssuedAccessToken issued = tokens(Clock.fixed(now, ZoneOffset.UTC)).issue("u", "name-u", List.of("USER"));

        assertThat(issued.expiresAt()).isEqualTo(now.plus(Duration.ofMinutes(15)));
        assertThat(issued.expiresInSeconds()).isEqualTo(900);
    }

    private static AccessTokens tokens(Clock clock) {
        return new AccessTokens(() -> SECRET, clock);
    }

    private static JWTClaimsSet claims(Instant expiry) {
        return new JWTClaimsSet.Builder().subject("intruder").claim("roles", List.of("ADMIN"))
                .expirationTime(Date.from(expiry)).build();
    }
}
