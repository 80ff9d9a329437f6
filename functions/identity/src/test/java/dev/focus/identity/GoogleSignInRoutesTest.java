package dev.focus.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dev.focus.emulators.LocalCloud;
import dev.focus.testkit.WithLocalCloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** Google's side is a local key set served over HTTP, as Google publishes its own; the tokens are signed here. */
@WithLocalCloud
@DisplayName("sign-in with Google")
class GoogleSignInRoutesTest {

    static final String CLIENT_ID = "focus-web.apps.googleusercontent.com";
    static LocalCloud cloud;
    static IdentityApi api;
    static HttpServer jwks;
    static RSAKey googleKey;
    static RSAKey strangerKey;

    @BeforeAll
    static void start() throws Exception {
        googleKey = new RSAKeyGenerator(2048).keyID("google-1").generate();
        strangerKey = new RSAKeyGenerator(2048).keyID("google-1").generate();
        byte[] keySet = new JWKSet(googleKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        jwks.createContext("/oauth2/v3/certs", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keySet.length);
            exchange.getResponseBody().write(keySet);
            exchange.close();
        });
        jwks.start();
        api = IdentityApi.start(cloud, Map.of(
                "focus.oauth.google.jwks-url", "http://127.0.0.1:" + jwks.getAddress().getPort() + "/oauth2/v3/certs",
                "focus.oauth.google.client-id", CLIENT_ID)).from("198.51.100.70");
    }

    @AfterAll
    static void stop() {
        api.close();
        jwks.stop(0);
    }

    @Test
    @DisplayName("a valid ID token for a new address creates a verified account and signs it in")
    void creates_account() throws Exception {
        String email = IdentityApi.unique("g") + "@gmail.com";

        var response = google(idToken(googleKey, claims -> claims.claim("email", email)));

        assertThat(response.status()).isEqualTo(200);
        var me = api.get("/api/v1/auth/me", response.text("access_token"));
        assertThat(me.text("email")).isEqualTo(email);
        assertThat(me.json().get("email_verified").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("a valid ID token for an existing address signs into that account")
    void links_existing_account() throws Exception {
        var account = api.newAccount();

        var response = google(idToken(googleKey, claims -> claims.claim("email", account.email())));

        assertThat(response.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/auth/me", response.text("access_token")).text("id")).isEqualTo(account.id());
    }

    @Test
    @DisplayName("claiming an address someone registered but never verified locks that registrant out")
    void unverified_registrant_loses_the_account() throws Exception {
        var squatter = api.newAccount();
        String squatterRefresh = api.tokensOf(squatter).text("refresh_token");

        var response = google(idToken(googleKey, claims -> claims.claim("email", squatter.email())));

        assertThat(response.status()).isEqualTo(200);
        assertThat(api.login(squatter.email(), squatter.password()).status()).isEqualTo(401);
        assertThat(api.refresh(squatterRefresh).status()).isEqualTo(401);
    }

    @Test
    @DisplayName("a verified account linked to Google keeps its password")
    void verified_account_keeps_password() throws Exception {
        var account = api.newVerifiedAccount();

        assertThat(google(idToken(googleKey, claims -> claims.claim("email", account.email()))).status()).isEqualTo(200);

        assertThat(api.login(account.email(), account.password()).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("the same Google account signs into the same Focus account every time")
    void stable_link() throws Exception {
        String subject = IdentityApi.unique("sub");
        String email = IdentityApi.unique("h") + "@gmail.com";
        String first = google(idToken(googleKey, c -> c.subject(subject).claim("email", email))).text("access_token");

        String second = google(idToken(googleKey, c -> c.subject(subject).claim("email", email))).text("access_token");

        assertThat(api.get("/api/v1/auth/me", second).text("id")).isEqualTo(api.get("/api/v1/auth/me", first).text("id"));
    }

    @Test
    @DisplayName("a Google sign-in hands out a device token that lets a later password sign-in past strangers' lockout")
    void google_sign_in_trusts_the_device() throws Exception {
        var account = api.newVerifiedAccount();
        var signedIn = google(idToken(googleKey, claims -> claims.claim("email", account.email())));
        String deviceToken = signedIn.text("device_token");
        api.from("198.51.100.71");
        for (int i = 0; i < 5; i++) {
            api.login(account.email(), "guess-" + i);
        }

        var untrusted = api.login(account.email(), account.password());
        var device = api.from("198.51.100.70").login(account.email(), account.password(), deviceToken);

        assertThat(signedIn.setCookie("device_token")).hasValueSatisfying(cookie -> assertThat(cookie).contains("HttpOnly"));
        assertThat(untrusted.status()).isEqualTo(429);
        assertThat(device.status()).isEqualTo(200);
    }

    @Test
    @DisplayName("a token signed by another key is a 401 INVALID_ID_TOKEN")
    void wrong_signature() throws Exception {
        var response = google(idToken(strangerKey, claims -> claims));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("INVALID_ID_TOKEN");
    }

    @Test
    @DisplayName("a token for another audience is a 401")
    void wrong_audience() throws Exception {
        assertThat(google(idToken(googleKey, claims -> claims.audience("someone-else"))).status()).isEqualTo(401);
    }

    @Test
    @DisplayName("a token from another issuer is a 401")
    void wrong_issuer() throws Exception {
        assertThat(google(idToken(googleKey, claims -> claims.issuer("https://evil.example.com"))).status()).isEqualTo(401);
    }

    @Test
    @DisplayName("an expired token is a 401")
    void expired() throws Exception {
        var response = google(idToken(googleKey, claims -> claims.expirationTime(new Date(System.currentTimeMillis() - 3_600_000))));

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    @DisplayName("an address Google has not verified cannot create or claim an account: 403 EMAIL_NOT_VERIFIED")
    void unverified_email() throws Exception {
        var account = api.newAccount();

        var response = google(idToken(googleKey, claims -> claims.claim("email", account.email()).claim("email_verified", false)));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("EMAIL_NOT_VERIFIED");
    }

    @Test
    @DisplayName("a missing id_token is a 400")
    void missing_token() {
        assertThat(api.post("/api/v1/auth/oauth/google", Map.of()).status()).isEqualTo(400);
    }

    private static IdentityApi.Response google(String idToken) {
        return api.post("/api/v1/auth/oauth/google", Map.of("id_token", idToken));
    }

    private static String idToken(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> customise) throws Exception {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer("https://accounts.google.com")
                .audience(CLIENT_ID)
                .subject(IdentityApi.unique("google-sub"))
                .claim("email", IdentityApi.unique("someone") + "@gmail.com")
                .claim("email_verified", true)
                .issueTime(new Date())
                .expirationTime(new Date(System.currentTimeMillis() + 3_600_000));
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                customise.apply(claims).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
