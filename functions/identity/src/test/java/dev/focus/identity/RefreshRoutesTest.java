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
@DisplayName("refresh tokens, rotation and sign-out")
class RefreshRoutesTest {

    static LocalCloud cloud;
    static IdentityApi api;

    @BeforeAll
    static void start() {
        api = IdentityApi.start(cloud).from("198.51.100.30");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    @DisplayName("a refresh token buys a new working pair with a different refresh token")
    void refresh_rotates() {
        var login = api.tokensOf(api.newAccount());

        var refreshed = api.refresh(login.text("refresh_token"));

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.text("refresh_token")).isNotEqualTo(login.text("refresh_token"));
        assertThat(api.get("/api/v1/auth/me", refreshed.text("access_token")).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("reusing a rotated refresh token is refused and revokes its whole family")
    void reuse_revokes_family() {
        var login = api.tokensOf(api.newAccount());
        String first = login.text("refresh_token");
        String second = api.refresh(first).text("refresh_token");

        var reuse = api.refresh(first);
        var afterReuse = api.refresh(second);

        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.code()).isEqualTo("REFRESH_TOKEN_REUSED");
        assertThat(afterReuse.status()).isEqualTo(401);
    }

    @Test
    @DisplayName("a reuse in one session leaves the user's other sessions alive")
    void reuse_spares_other_families() {
        var account = api.newAccount();
        String phone = api.tokensOf(account).text("refresh_token");
        String laptop = api.tokensOf(account).text("refresh_token");
        api.refresh(phone);

        api.refresh(phone);

        assertThat(api.refresh(laptop).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("an unknown refresh token is a 401 INVALID_REFRESH_TOKEN")
    void unknown_refresh_token() {
        var response = api.refresh("not-a-token");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("INVALID_REFRESH_TOKEN");
    }

    @Test
    @DisplayName("a refresh token older than 7 days has expired")
    void refresh_token_expires() {
        var login = api.tokensOf(api.newAccount());

        api.clock.advance(Duration.ofDays(7).plusSeconds(1));
        var response = api.refresh(login.text("refresh_token"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("REFRESH_TOKEN_EXPIRED");
    }

    @Test
    @DisplayName("logout answers 204 and the refresh token stops working")
    void logout() {
        var login = api.tokensOf(api.newAccount());

        var logout = api.post("/api/v1/auth/logout", Map.of("refresh_token", login.text("refresh_token")));

        assertThat(logout.status()).isEqualTo(204);
        assertThat(api.refresh(login.text("refresh_token")).status()).isEqualTo(401);
    }

    @Test
    @DisplayName("logout without a refresh token is a 400")
    void logout_needs_token() {
        assertThat(api.post("/api/v1/auth/logout", Map.of()).status()).isEqualTo(400);
    }

    @Test
    @DisplayName("logout-all ends every session of the caller")
    void logout_all() {
        var account = api.newAccount();
        var one = api.tokensOf(account);
        var two = api.tokensOf(account);

        var response = api.post("/api/v1/auth/logout-all", Map.of(), one.text("access_token"));

        assertThat(response.status()).isEqualTo(204);
        assertThat(api.refresh(one.text("refresh_token")).status()).isEqualTo(401);
        assertThat(api.refresh(two.text("refresh_token")).status()).isEqualTo(401);
    }

    @Test
    @DisplayName("logout-all without a bearer token is a 401")
    void logout_all_needs_token() {
        assertThat(api.post("/api/v1/auth/logout-all", Map.of()).status()).isEqualTo(401);
    }
}
