package dev.focus.identity;

import dev.focus.emulators.LocalCloud;
import dev.focus.testkit.WithLocalCloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@WithLocalCloud
@DisplayName("forgotten, reset and changed passwords")
class PasswordRoutesTest {

    static LocalCloud cloud;
    static IdentityApi api;

    @BeforeAll
    static void start() {
        api = IdentityApi.start(cloud).from("198.51.100.40");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    @DisplayName("forgot-password answers 202 for an unknown address and sends nothing")
    void forgot_unknown_address() {
        String nobody = IdentityApi.unique("nobody") + "@example.com";

        var response = api.post("/api/v1/auth/forgot-password", Map.of("email", nobody));

        assertThat(response.status()).isEqualTo(202);
        assertThat(api.emailsTo(nobody)).isEmpty();
    }

    @Test
    @DisplayName("forgot-password answers 202 and mails a reset link with token=...")
    void forgot_known_address() {
        var account = api.newAccount();

        var response = api.post("/api/v1/auth/forgot-password", Map.of("email", account.email()));

        assertThat(response.status()).isEqualTo(202);
        assertThat(api.emailsTo(account.email()).get(0).text()).contains("https://app.focus.test/reset-password?token=");
    }

    @Test
    @DisplayName("resetting sets the new password, revokes every refresh token and answers 204")
    void reset_password() {
        var account = api.newAccount();
        String refresh = api.tokensOf(account).text("refresh_token");
        api.post("/api/v1/auth/forgot-password", Map.of("email", account.email()));

        var reset = api.post("/api/v1/auth/reset-password",
                Map.of("token", api.lastToken(account.email()), "new_password", "a-brand-new-password"));

        assertThat(reset.status()).isEqualTo(204);
        assertThat(api.refresh(refresh).status()).isEqualTo(401);
        assertThat(api.login(account.email(), account.password()).status()).isEqualTo(401);
        assertThat(api.login(account.email(), "a-brand-new-password").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("a reset link works once")
    void reset_link_single_use() {
        var account = api.newAccount();
        api.post("/api/v1/auth/forgot-password", Map.of("email", account.email()));
        String token = api.lastToken(account.email());
        api.post("/api/v1/auth/reset-password", Map.of("token", token, "new_password", "a-brand-new-password"));

        var again = api.post("/api/v1/auth/reset-password", Map.of("token", token, "new_password", "another-new-password"));

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.code()).isEqualTo("INVALID_TOKEN");
    }

    @Test
    @DisplayName("a reset link is dead after one hour")
    void reset_link_expires() {
        var account = api.newAccount();
        api.post("/api/v1/auth/forgot-password", Map.of("email", account.email()));
        String token = api.lastToken(account.email());

        api.clock.advance(Duration.ofHours(1).plusSeconds(1));
        var response = api.post("/api/v1/auth/reset-password", Map.of("token", token, "new_password", "a-brand-new-password"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("INVALID_TOKEN");
    }

    @Test
    @DisplayName("a new password shorter than 10 characters is a 400 on new_password")
    void reset_short_password() {
        var response = api.post("/api/v1/auth/reset-password", Map.of("token", "whatever", "new_password", "short"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly("new_password");
    }

    @Test
    @DisplayName("changing the password with the right current one answers 204 and ends other sessions")
    void change_password() {
        var account = api.newAccount();
        var login = api.tokensOf(account);

        var response = api.patch("/api/v1/users/me/password",
                Map.of("current_password", account.password(), "new_password", "a-changed-password"), login.text("access_token"));

        assertThat(response.status()).isEqualTo(204);
        assertThat(api.refresh(login.text("refresh_token")).status()).isEqualTo(401);
        assertThat(api.login(account.email(), "a-changed-password").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("changing the password with a wrong current one is a 403 WRONG_PASSWORD")
    void change_password_wrong_current() {
        var account = api.newAccount();

        var response = api.patch("/api/v1/users/me/password",
                Map.of("current_password", "not-my-password", "new_password", "a-changed-password"), api.accessTokenOf(account));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("WRONG_PASSWORD");
    }

    @Test
    @DisplayName("a sixth wrong current password within 15 minutes is a 429 with Retry-After, even with the right token")
    void change_password_is_throttled() {
        var account = api.newAccount();
        String token = api.accessTokenOf(account);
        var wrong = Map.of("current_password", "not-my-password", "new_password", "a-changed-password");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(api.patch("/api/v1/users/me/password", wrong, token).status()).isEqualTo(403);
        }

        var response = api.patch("/api/v1/users/me/password",
                Map.of("current_password", account.password(), "new_password", "a-changed-password"), token);

        assertThat(response.status()).isEqualTo(429);
        assertThat(response.code()).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(response.header("Retry-After")).isPresent();
    }

    @Test
    @DisplayName("parallel wrong current passwords stop at five")
    void parallel_wrong_current_passwords_stop_at_five() {
        var account = api.newAccount();
        String token = api.accessTokenOf(account);
        var wrong = Map.of("current_password", "not-my-password", "new_password", "a-changed-password");

        var statuses = IdentityApi.statusesInParallel(15, n -> api.patch("/api/v1/users/me/password", wrong, token));

        assertThat(statuses).filteredOn(status -> status == 403).hasSize(5);
        assertThat(statuses).filteredOn(status -> status == 429).hasSize(10);
    }

    @Test
    @DisplayName("a changed password leaves the strangers' sign-in lockout standing")
    void password_change_keeps_the_sign_in_lockout() {
        var account = api.from("198.51.100.41").newAccount();
        String token = api.accessTokenOf(account);
        for (int i = 0; i < 5; i++) {
            assertThat(api.from("198.51.100.42").login(account.email(), "wrong-password-" + i).status()).isEqualTo(401);
        }

        var changed = api.from("198.51.100.42").patch("/api/v1/users/me/password",
                Map.of("current_password", account.password(), "new_password", "a-changed-password"), token);
        var stranger = api.login(account.email(), "a-changed-password");

        assertThat(changed.status()).isEqualTo(204);
        assertThat(stranger.status()).isEqualTo(429);
    }
}
