package dev.focus.identity;

import dev.focus.emulators.LocalCloud;
import dev.focus.testkit.WithLocalCloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** SQS unreachable: UserDeleted cannot be queued, so the deletion must not happen either. */
@WithLocalCloud
class DeletionWithoutQueueTest {

    static LocalCloud cloud;
    static IdentityApi api;

    @BeforeAll
    static void start() {
        api = IdentityApi.start(cloud, Map.of("focus.sqs.endpoint", "http://127.0.0.1:9")).from("198.51.100.80");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    @DisplayName("when the event cannot be queued the account is not deleted and the client gets a 503 to retry later")
    void nothing_lost() {
        var account = api.newAccount();
        String token = api.accessTokenOf(account);

        var response = api.delete("/api/v1/users/me", token);

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.code()).isEqualTo("TRY_AGAIN_LATER");
        assertThat(api.get("/api/v1/users/me", token).status()).isEqualTo(200);
        assertThat(api.login(account.email(), account.password()).status()).isEqualTo(200);
    }
}
