package dev.focus.identity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.focus.emulators.LocalCloud;
import dev.focus.resources.FocusResources;
import dev.focus.testkit.WithLocalCloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@WithLocalCloud
@DisplayName("administration: users, suspension, roles and the audit log")
class AdminRoutesTest {

    static final String ADMIN_EMAIL = "admin@focus.test";
    static LocalCloud cloud;
    static IdentityApi api;
    static IdentityApi.Account admin;

    @BeforeAll
    static void start() {
        api = IdentityApi.start(cloud, Map.of("focus.identity.admin-emails", ADMIN_EMAIL)).from("198.51.100.60");
        api.register(ADMIN_EMAIL, "focus_admin", IdentityApi.PASSWORD);
        api.post("/api/v1/auth/verify-email", Map.of("token", api.lastToken(ADMIN_EMAIL)));
        admin = new IdentityApi.Account(null, ADMIN_EMAIL, "focus_admin", IdentityApi.PASSWORD);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static String adminToken() {
        return api.accessTokenOf(admin);
    }

    @Test
    @DisplayName("a USER gets 403 on every admin route")
    void users_are_not_admins() {
        String token = api.accessTokenOf(api.newAccount());

        assertThat(api.get("/api/v1/admin/users", token).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/admin/audit-log", token).status()).isEqualTo(403);
        assertThat(api.patch("/api/v1/admin/users/x", Map.of("status", "SUSPENDED"), token).status()).isEqualTo(403);
    }

    @Test
    @DisplayName("admins page through a search of users with limit and next_cursor")
    void list_users_paginated() {
        String prefix = IdentityApi.unique("pg");
        for (int i = 0; i < 3; i++) {
            api.register(prefix + "_" + i + "@example.com", prefix + "_" + i, IdentityApi.PASSWORD);
        }
        String token = adminToken();

        var first = api.get("/api/v1/admin/users?q=" + prefix + "&limit=2", token);
        var second = api.get("/api/v1/admin/users?q=" + prefix + "&limit=2&cursor=" + first.text("next_cursor"), token);

        assertThat(first.status()).isEqualTo(200);
        List<String> names = new ArrayList<>(first.json().get("items").findValuesAsText("username"));
        names.addAll(second.json().get("items").findValuesAsText("username"));
        assertThat(names).containsExactly(prefix + "_0", prefix + "_1", prefix + "_2");
        assertThat(second.json().get("next_cursor").isNull()).isTrue();
    }

    @Test
    @DisplayName("a limit above 100 or a forged cursor is a 400")
    void bad_page_parameters() {
        String token = adminToken();

        assertThat(api.get("/api/v1/admin/users?limit=101", token).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/admin/users?cursor=@@@@", token).code()).isEqualTo("INVALID_CURSOR");
    }

    @Test
    @DisplayName("a suspended user cannot sign in, refresh, or use identity routes: 403 ACCOUNT_SUSPENDED")
    void suspension() {
        var account = api.newAccount();
        var login = api.tokensOf(account);

        var suspended = api.patch("/api/v1/admin/users/" + account.id(), Map.of("status", "SUSPENDED"), adminToken());

        assertThat(suspended.status()).isEqualTo(200);
        assertThat(suspended.text("status")).isEqualTo("SUSPENDED");
        assertThat(api.login(account.email(), account.password()).code()).isEqualTo("ACCOUNT_SUSPENDED");
        assertThat(api.get("/api/v1/users/me", login.text("access_token")).code()).isEqualTo("ACCOUNT_SUSPENDED");
    }

    @Test
    @DisplayName("suspending an account tells the other contexts on user-status, so live connections end")
    void suspension_is_announced() throws Exception {
        var account = api.newAccount();

        api.patch("/api/v1/admin/users/" + account.id(), Map.of("status", "SUSPENDED"), adminToken());

        var event = IdentityApi.queuedEventFor(cloud, FocusResources.USER_STATUS, account.id());
        assertThat(event.get("event_type").asText()).isEqualTo("AccountStatusChanged");
        assertThat(event.get("status").asText()).isEqualTo("suspended");
        assertThat(event.get("event_id").asText()).isNotBlank();
    }

    @Test
    @DisplayName("a suspended user's refresh is a 403 ACCOUNT_SUSPENDED")
    void suspended_refresh() {
        var account = api.newAccount();
        String refresh = api.tokensOf(account).text("refresh_token");
        api.patch("/api/v1/admin/users/" + account.id(), Map.of("status", "SUSPENDED"), adminToken());

        var response = api.refresh(refresh);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("ACCOUNT_SUSPENDED");
    }

    @Test
    @DisplayName("suspension ends every session: after reinstatement old refresh tokens stay dead")
    void suspension_revokes_sessions() {
        var account = api.newAccount();
        String refresh = api.tokensOf(account).text("refresh_token");
        String token = adminToken();
        api.patch("/api/v1/admin/users/" + account.id(), Map.of("status", "SUSPENDED"), token);
        api.patch("/api/v1/admin/users/" + account.id(), Map.of("status", "ACTIVE"), token);

        var response = api.refresh(refresh);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("INVALID_REFRESH_TOKEN");
    }

    @Test
    @DisplayName("a reinstated user can sign in again")
    void reinstate() {
        var account = api.newAccount();
        String token = adminToken();
        api.patch("/api/v1/admin/users/" + account.id(), Map.of("status", "SUSPENDED"), token);

        var reinstated = api.patch("/api/v1/admin/users/" + account.id(), Map.of("status", "ACTIVE"), token);

        assertThat(reinstated.text("status")).isEqualTo("ACTIVE");
        assertThat(api.login(account.email(), account.password()).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("promoting a user to ADMIN lets their next token into admin routes")
    void promote() {
        var account = api.newAccount();

        var promoted = api.patch("/api/v1/admin/users/" + account.id(), Map.of("role", "ADMIN"), adminToken());

        assertThat(promoted.text("role")).isEqualTo("ADMIN");
        assertThat(api.get("/api/v1/admin/users", api.accessTokenOf(account)).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("an unknown status is a 400, an unknown user a 404, one's own account a 409")
    void change_failures() {
        var account = api.newAccount();
        String token = adminToken();
        String adminId = api.get("/api/v1/users/me", token).text("id");

        assertThat(api.patch("/api/v1/admin/users/" + account.id(), Map.of("status", "BANISHED"), token).status()).isEqualTo(400);
        assertThat(api.patch("/api/v1/admin/users/01HZZZZZZZZZZZZZZZZZZZZZZZ", Map.of("status", "SUSPENDED"), token).code())
                .isEqualTo("USER_NOT_FOUND");
        assertThat(api.patch("/api/v1/admin/users/" + adminId, Map.of("role", "USER"), token).code()).isEqualTo("OWN_ACCOUNT");
    }

    @Test
    @DisplayName("the audit log shows failed sign-ins, suspensions and role changes, newest first, paginated")
    void audit_log() {
        var account = api.newAccount();
        api.login(account.email(), "wrong-password-here");
        String token = adminToken();
        api.patch("/api/v1/admin/users/" + account.id(), Map.of("status", "SUSPENDED", "role", "ADMIN"), token);

        var page = api.get("/api/v1/admin/audit-log?limit=100", token);

        assertThat(page.status()).isEqualTo(200);
        List<String> actions = new ArrayList<>();
        for (JsonNode entry : page.json().get("items")) {
            if (account.id().equals(entry.path("subject_id").asText())) {
                actions.add(entry.get("action").asText());
            }
        }
        assertThat(actions).containsSubsequence("ACCOUNT_SUSPENDED", "ROLE_CHANGED", "LOGIN_FAILED", "REGISTERED");
        var small = api.get("/api/v1/admin/audit-log?limit=1", token);
        assertThat(small.json().get("items")).hasSize(1);
        var next = api.get("/api/v1/admin/audit-log?limit=1&cursor=" + small.text("next_cursor"), token);
        assertThat(next.json().get("items").get(0).get("id").asText()).isLessThan(small.json().get("items").get(0).get("id").asText());
    }
}
