package dev.focus.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.focus.emulators.LocalCloud;
import dev.focus.testkit.WithLocalCloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@WithLocalCloud
@DisplayName("signing in and access tokens")
class LoginRoutesTest {

    static LocalCloud cloud;
    static IdentityApi api;

    @BeforeAll
    static void start() {
        api = IdentityApi.start(cloud);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    @DisplayName("signing in by email answers a bearer pair that expires in 15 minutes")
    void login_by_email() {
        var account = api.from("203.0.113.10").newAccount();

        var response = api.login(account.email(), account.password());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("token_type")).isEqualTo("bearer");
        assertThat(response.json().get("expires_in").asLong()).isEqualTo(900);
        assertThat(response.text("access_token")).isNotBlank();
        assertThat(response.text("refresh_token")).isNotBlank();
    }

    @Test
    @DisplayName("signing in by username works as by email")
    void login_by_username() {
        var account = api.from("203.0.113.11").newAccount();

        var response = api.post("/api/v1/auth/login", Map.of("username", account.username(), "password", account.password()));

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    @DisplayName("a wrong password and an unknown user get the same 401")
    void wrong_password_and_unknown_user_look_alike() {
        var account = api.from("203.0.113.12").newAccount();

        var wrong = api.login(account.email(), "not-the-password");
        var unknown = api.login("nobody-" + account.email(), "not-the-password");

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.json()).isEqualTo(unknown.json());
        assertThat(wrong.code()).isEqualTo("INVALID_CREDENTIALS");
    }

    @Test
    @DisplayName("a sign-in with neither email nor username is a 400")
    void login_needs_an_identifier() {
        var response = api.post("/api/v1/auth/login", Map.of("password", "whatever-password"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    @DisplayName("after 5 failures in 15 minutes an account is locked with 429 and Retry-After, even for the right password")
    void account_throttle() {
        var account = api.from("203.0.113.13").newAccount();
        for (int i = 0; i < 5; i++) {
            assertThat(api.login(account.email(), "wrong-password-" + i).status()).isEqualTo(401);
        }

        var locked = api.from("203.0.113.14").login(account.email(), account.password());

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.code()).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(Long.parseLong(locked.header("Retry-After").orElseThrow())).isBetween(1L, 901L);
    }

    @Test
    @DisplayName("the account lock lifts once the failures are 15 minutes old")
    void account_throttle_lifts() {
        var account = api.from("203.0.113.15").newAccount();
        for (int i = 0; i < 5; i++) {
            api.login(account.email(), "wrong-password-" + i);
        }

        api.clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        assertThat(api.login(account.email(), account.password()).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("two dozen failures over other accounts from one address do not stop a new account signing in")
    void shared_address_survives_other_peoples_mistakes() {
        api.from("203.0.113.16");
        List<Integer> answers = new ArrayList<>();
        for (int colleague = 0; colleague < 4; colleague++) {
            var account = api.newAccount();
            answers.add(api.login(account.email(), "wrong-password").status());
            answers.add(api.login(account.email(), "wrong-password-again").status());
        }
        for (int typo = 0; typo < 16; typo++) {
            answers.add(api.login("someone-" + typo + "@exmaple.com", "wrong-password").status());
        }
        var newcomer = api.newAccount();

        var response = api.login(newcomer.email(), newcomer.password());

        assertThat(answers).hasSize(24).containsOnly(401);
        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    @DisplayName("the access token opens GET /auth/me, with sub = user id and the roles claim")
    void me_with_token() throws Exception {
        var account = api.from("203.0.113.18").newAccount();
        String token = api.accessTokenOf(account);

        var me = api.get("/api/v1/auth/me", token);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("id")).isEqualTo(account.id());
        var claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(account.id());
        assertThat(claims.getStringListClaim("roles")).containsExactly("USER");
        assertThat(SignedJWT.parse(token).getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
    }

    @Test
    @DisplayName("without a token GET /auth/me is a 401")
    void me_without_token() {
        assertThat(api.get("/api/v1/auth/me", null).status()).isEqualTo(401);
    }

    @Test
    @DisplayName("an unsigned token (alg none) claiming ADMIN is refused")
    void alg_none_refused() {
        var account = api.from("203.0.113.19").newAccount();
        String forged = new PlainJWT(new JWTClaimsSet.Builder().subject(account.id()).claim("roles", List.of("USER", "ADMIN"))
                .expirationTime(new Date(System.currentTimeMillis() + 600_000)).build()).serialize();

        assertThat(api.get("/api/v1/auth/me", forged).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/admin/users", forged).status()).isEqualTo(401);
    }

    @Test
    @DisplayName("a token signed with the right secret but HS384 is refused")
    void other_algorithm_refused() throws Exception {
        var account = api.from("203.0.113.20").newAccount();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS384), new JWTClaimsSet.Builder().subject(account.id())
                .claim("roles", List.of("USER")).expirationTime(new Date(System.currentTimeMillis() + 600_000)).build());
        jwt.sign(new MACSigner(IdentityApi.SECRET.getBytes(StandardCharsets.UTF_8)));

        assertThat(api.get("/api/v1/auth/me", jwt.serialize()).status()).isEqualTo(401);
    }

    @Test
    @DisplayName("an expired access token is a 401 TOKEN_EXPIRED, so the client knows to refresh")
    void expired_token_says_so() throws Exception {
        var account = api.from("203.0.113.22").newAccount();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder().subject(account.id())
                .claim("roles", List.of("USER")).expirationTime(new Date(System.currentTimeMillis() - 120_000)).build());
        jwt.sign(new MACSigner(IdentityApi.SECRET.getBytes(StandardCharsets.UTF_8)));

        var response = api.get("/api/v1/auth/me", jwt.serialize());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("code").asText()).isEqualTo("TOKEN_EXPIRED");
    }

    @Test
    @DisplayName("an x-amzn-oidc-identity header authenticates nobody")
    void gateway_identity_header_ignored() {
        var account = api.from("203.0.113.21").newAccount();

        var response = api.call("GET", "/api/v1/auth/me", null, Map.of("x-amzn-oidc-identity", account.id()));

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    @DisplayName("an unknown route under /api/v1/auth is a 404, not a 401")
    void unknown_route() {
        var response = api.get("/api/v1/auth/no-such-thing", null);

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    @DisplayName("a lockout shows neither whether an identifier exists nor whether an email and a username name one account")
    void lockout_tells_nothing_about_accounts() {
        var account = api.from("203.0.113.23").newAccount();
        String unknown = IdentityApi.unique("nobody") + "@example.com";
        for (int i = 0; i < 5; i++) {
            assertThat(api.login(account.email(), "wrong-password-" + i).status()).isEqualTo(401);
            assertThat(api.login(unknown, "wrong-password-" + i).status()).isEqualTo(401);
        }

        var byEmail = api.login(account.email(), "wrong-password");
        var byUnknownEmail = api.login(unknown, "wrong-password");
        var byUsername = api.post("/api/v1/auth/login", Map.of("username", account.username(), "password", "wrong-password"));

        assertThat(byEmail.status()).isEqualTo(429);
        assertThat(byUnknownEmail.status()).isEqualTo(429);
        assertThat(byUnknownEmail.header("Retry-After")).isEqualTo(byEmail.header("Retry-After"));
        assertThat(byUsername.status()).isEqualTo(401);
    }

    @Test
    @DisplayName("an untrusted success leaves the failures strangers made from elsewhere standing")
    void untrusted_success_keeps_the_strangers_failures() {
        var account = api.from("203.0.113.24").newAccount();
        for (int i = 0; i < 4; i++) {
            assertThat(api.from("203.0.113.25").login(account.email(), "wrong-password-" + i).status()).isEqualTo(401);
        }

        var owner = api.from("203.0.113.24").login(account.email(), account.password());
        var fifthGuess = api.from("203.0.113.25").login(account.email(), "wrong-password-5");
        var sixthGuess = api.from("203.0.113.26").login(account.email(), "wrong-password-6");

        assertThat(owner.status()).isEqualTo(200);
        assertThat(fifthGuess.status()).isEqualTo(401);
        assertThat(sixthGuess.status()).isEqualTo(429);
    }
}
