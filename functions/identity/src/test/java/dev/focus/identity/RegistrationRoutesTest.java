package dev.focus.identity;

import dev.focus.emulators.LocalCloud;
import dev.focus.testkit.WithLocalCloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@WithLocalCloud
@DisplayName("registration and email verification")
class RegistrationRoutesTest {

    static LocalCloud cloud;
    static IdentityApi api;

    @BeforeAll
    static void start() {
        api = IdentityApi.start(cloud, Map.of("focus.identity.admin-emails", "boss@focus.test"));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    @DisplayName("registering answers 201 with the user and never a password or hash")
    void register_answers_the_user() {
        var response = api.register("Ada.Lovelace@Example.com", "ada_l", "a-long-enough-password");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.text("email")).isEqualTo("ada.lovelace@example.com");
        assertThat(response.text("username")).isEqualTo("ada_l");
        assertThat(response.text("role")).isEqualTo("USER");
        assertThat(response.json().get("email_verified").asBoolean()).isFalse();
        assertThat(response.json().toString()).doesNotContain("password").doesNotContain("$2a$");
    }

    @Test
    @DisplayName("registering emails a verification link carrying token=...")
    void register_sends_verification_email() {
        api.register("grace@example.com", "grace", "a-long-enough-password");

        var emails = api.emailsTo("grace@example.com");
        assertThat(emails).hasSize(1);
        assertThat(emails.get(0).from()).isEqualTo("no-reply@focus.test");
        assertThat(emails.get(0).text()).contains("https://app.focus.test/verify-email?token=");
    }

    @Test
    @DisplayName("an email registered in another case is taken: 409 EMAIL_TAKEN")
    void email_is_case_insensitively_unique() {
        var account = api.newAccount();

        var response = api.register(account.email().toUpperCase(), IdentityApi.unique("other"), "a-long-enough-password");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.code()).isEqualTo("EMAIL_TAKEN");
        assertThat(response.headers().get("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    @DisplayName("a username already in use is taken: 409 USERNAME_TAKEN")
    void username_is_unique() {
        var account = api.newAccount();

        var response = api.register(IdentityApi.unique("x") + "@example.com", account.username(), "a-long-enough-password");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.code()).isEqualTo("USERNAME_TAKEN");
    }

    @Test
    @DisplayName("a bad username, email and short password each get a field error in one 400")
    void invalid_fields_are_reported_per_field() {
        var response = api.register("not-an-email", "no spaces!", "short");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("email", "username", "password");
    }

    @Test
    @DisplayName("a username of 2 or of 33 characters is refused")
    void username_length_bounds() {
        assertThat(api.register(IdentityApi.unique("a") + "@example.com", "ab", "a-long-enough-password").status()).isEqualTo(400);
        assertThat(api.register(IdentityApi.unique("b") + "@example.com", "a".repeat(33), "a-long-enough-password").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("a body that is not JSON is a 400, not a 500")
    void malformed_json() {
        var response = api.call("POST", "/api/v1/auth/register", "{not json", (String) null);

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    @DisplayName("the emailed token verifies the address, once")
    void verify_email_once() {
        var account = api.newAccount();
        String token = api.lastToken(account.email());

        var first = api.post("/api/v1/auth/verify-email", Map.of("token", token));
        var second = api.post("/api/v1/auth/verify-email", Map.of("token", token));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("email_verified").asBoolean()).isTrue();
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.code()).isEqualTo("INVALID_TOKEN");
    }

    @Test
    @DisplayName("an unknown verification token is a 400 INVALID_TOKEN")
    void verify_unknown_token() {
        var response = api.post("/api/v1/auth/verify-email", Map.of("token", "made-up"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("INVALID_TOKEN");
    }

    @Test
    @DisplayName("resending verification answers 202 and mails a new working link; unknown addresses get the same 202")
    void resend_verification() {
        var account = api.newAccount();

        var known = api.post("/api/v1/auth/resend-verification", Map.of("email", account.email()));
        var unknown = api.post("/api/v1/auth/resend-verification", Map.of("email", "nobody-" + account.username() + "@example.com"));

        assertThat(known.status()).isEqualTo(202);
        assertThat(unknown.status()).isEqualTo(202);
        assertThat(api.emailsTo(account.email())).hasSize(2);
        assertThat(api.post("/api/v1/auth/verify-email", Map.of("token", api.lastToken(account.email()))).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("an address listed in focus.identity.admin-emails becomes ADMIN when it is verified")
    void admin_bootstrap() {
        api.register("Boss@focus.test", "the_boss", "a-long-enough-password");
        assertThat(api.login("boss@focus.test", "a-long-enough-password").status()).isEqualTo(200);

        var verified = api.post("/api/v1/auth/verify-email", Map.of("token", api.lastToken("boss@focus.test")));

        assertThat(verified.text("role")).isEqualTo("ADMIN");
        String token = api.login("boss@focus.test", "a-long-enough-password").text("access_token");
        assertThat(api.get("/api/v1/admin/users", token).status()).isEqualTo(200);
    }
}
