package dev.focus.identity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.focus.emulators.LocalCloud;
import dev.focus.resources.FocusResources;
import dev.focus.testkit.WithLocalCloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@WithLocalCloud
@DisplayName("the caller's account and public profiles")
class ProfileRoutesTest {

    static LocalCloud cloud;
    static IdentityApi api;

    @BeforeAll
    static void start() {
        api = IdentityApi.start(cloud).from("198.51.100.50");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    @DisplayName("GET /users/me answers the caller with email and preferences")
    void get_me() {
        var account = api.newAccount();

        var me = api.get("/api/v1/users/me", api.accessTokenOf(account));

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("email")).isEqualTo(account.email());
        assertThat(me.text("timezone")).isEqualTo("UTC");
        assertThat(me.json().get("email_preferences").get("weekly_digest").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("PATCH /users/me changes only the fields sent")
    void patch_me() {
        var account = api.newAccount();
        String token = api.accessTokenOf(account);

        var patched = api.patch("/api/v1/users/me", Map.of("bio", "Deep work fan", "timezone", "Europe/Paris",
                "avatar_url", "https://cdn.example.com/a.png", "email_preferences", Map.of("weekly_digest", false)), token);

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.text("bio")).isEqualTo("Deep work fan");
        assertThat(patched.text("timezone")).isEqualTo("Europe/Paris");
        assertThat(patched.text("username")).isEqualTo(account.username());
        assertThat(patched.json().get("email_preferences").get("weekly_digest").asBoolean()).isFalse();
        assertThat(patched.json().get("email_preferences").get("reminders").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/users/me", token).text("bio")).isEqualTo("Deep work fan");
    }

    @Test
    @DisplayName("a time zone that is not an IANA name is a 400 on timezone")
    void patch_bad_timezone() {
        var response = api.patch("/api/v1/users/me", Map.of("timezone", "GMT+25"), api.accessTokenOf(api.newAccount()));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly("timezone");
    }

    @Test
    @DisplayName("renaming to a taken username is a 409 USERNAME_TAKEN")
    void patch_taken_username() {
        var other = api.newAccount();

        var response = api.patch("/api/v1/users/me", Map.of("username", other.username().toUpperCase()),
                api.accessTokenOf(api.newAccount()));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.code()).isEqualTo("USERNAME_TAKEN");
    }

    @Test
    @DisplayName("an avatar_url that is not http(s) is a 400")
    void patch_bad_avatar() {
        var response = api.patch("/api/v1/users/me", Map.of("avatar_url", "javascript:alert(1)"), api.accessTokenOf(api.newAccount()));

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    @DisplayName("GET /users/{user_id} shows a public profile without the email")
    void public_profile() {
        var other = api.newAccount();

        var response = api.get("/api/v1/users/" + other.id(), api.accessTokenOf(api.newAccount()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("username")).isEqualTo(other.username());
        assertThat(response.json().has("email")).isFalse();
        assertThat(response.json().toString()).doesNotContain(other.email());
    }

    @Test
    @DisplayName("GET /users/{user_id} of nobody is a 404 USER_NOT_FOUND")
    void public_profile_unknown() {
        var response = api.get("/api/v1/users/01HZZZZZZZZZZZZZZZZZZZZZZZ", api.accessTokenOf(api.newAccount()));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("USER_NOT_FOUND");
    }

    @Test
    @DisplayName("GET /users/{user_id} needs a token")
    void public_profile_needs_token() {
        assertThat(api.get("/api/v1/users/" + api.newAccount().id(), null).status()).isEqualTo(401);
    }

    @Test
    @DisplayName("the Focus Mate profile has username, bio, total_focus_time and total_sessions")
    void focus_mate_profile() {
        var account = api.newAccount();

        var response = api.get("/api/v1/auth/profile/" + account.id(), api.accessTokenOf(account));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("username")).isEqualTo(account.username());
        assertThat(response.json().get("total_focus_time").asLong()).isZero();
        assertThat(response.json().get("total_sessions").asLong()).isZero();
    }

    @Test
    @DisplayName("PUT /auth/profile/{own id} updates username and bio")
    void focus_mate_update_own() {
        var account = api.newAccount();
        String newName = IdentityApi.unique("renamed");

        var response = api.put("/api/v1/auth/profile/" + account.id(), Map.of("username", newName, "bio", "hi"),
                api.accessTokenOf(account));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("username")).isEqualTo(newName);
        assertThat(response.text("bio")).isEqualTo("hi");
    }

    @Test
    @DisplayName("PUT /auth/profile/{someone else} is a 403 NOT_YOUR_PROFILE")
    void focus_mate_update_other() {
        var victim = api.newAccount();

        var response = api.put("/api/v1/auth/profile/" + victim.id(), Map.of("bio", "pwned"), api.accessTokenOf(api.newAccount()));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("NOT_YOUR_PROFILE");
    }

    @Test
    @DisplayName("DELETE /users/me deletes the account and publishes UserDeleted on the user-events queue")
    void delete_me() throws Exception {
        var account = api.newAccount();
        String token = api.accessTokenOf(account);

        var response = api.delete("/api/v1/users/me", token);

        assertThat(response.status()).isEqualTo(204);
        assertThat(api.login(account.email(), account.password()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/users/me", token).status()).isEqualTo(401);
        JsonNode event = IdentityApi.queuedEventFor(cloud, FocusResources.USER_EVENTS, account.id());
        assertThat(event.get("event_type").asText()).isEqualTo("UserDeleted");
        assertThat(event.get("event_id").asText()).isNotBlank();
        assertThat(event.get("occurred_at").asText()).endsWith("Z");
    }
}
