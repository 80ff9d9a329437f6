package dev.focus.rooms;

import dev.focus.emulators.LocalCloud;
import dev.focus.resources.FocusResources;
import dev.focus.testkit.WithLocalCloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rooms functions with their timer-triggers queue gone (its URL names no queue), beside a healthy instance on
 * the same table that sets rooms up: every write that needs a wake-up first is refused with 503 and stores nothing.
 */
@WithLocalCloud
@DisplayName("a request whose wake-up the timer-triggers queue cannot take")
class TimerTriggersDownTest {

    static LocalCloud cloud;
    static RoomsApi healthy;
    static RoomsApi queueDown;

    @BeforeAll
    static void start() {
        healthy = RoomsApi.start(cloud);
        String gone = cloud.queueUrls().get(FocusResources.TIMER_TRIGGERS.name()) + "-deleted";
        queueDown = RoomsApi.start(cloud, Map.of(FocusResources.TIMER_TRIGGERS.urlSetting().property(), gone));
    }

    @AfterAll
    static void stop() {
        queueDown.close();
        healthy.close();
    }

    @Test
    @DisplayName("the leave that would empty a room answers 503 TRY_AGAIN_LATER and the leaver stays in the room")
    void leave() {
        var host = queueDown.newUser();
        String room = queueDown.newRoom(host);
        String participant = queueDown.get("/api/v1/participants/" + room, host).json().get("participants").get(0)
                .get("id").asText();

        var refused = queueDown.delete("/api/v1/participants/" + participant, host);

        assertTryAgainLater(refused);
        var read = healthy.get("/api/v1/rooms/" + room, host);
        assertThat(read.number("participant_count")).isEqualTo(1);
        assertThat(read.text("host_user_id")).isEqualTo(host.id());
        assertThat(healthy.get("/api/v1/participants/" + room, host).number("total")).isEqualTo(1);
    }

    @Test
    @DisplayName("a timer command answers 503 TRY_AGAIN_LATER and the timer stays as it was")
    void command() {
        var host = queueDown.newUser();
        String room = queueDown.newRoom(host);
        long version = healthy.storedVersion(room);

        var refused = queueDown.command(room, "start", host);

        assertTryAgainLater(refused);
        assertThat(healthy.storedVersion(room)).isEqualTo(version);
        assertThat(healthy.timer(room, host).text("status")).isEqualTo("IDLE");
    }

    @Test
    @DisplayName("closing a room whose work phase has just ended answers 503 TRY_AGAIN_LATER and the room stays open")
    void close_after_a_phase_end() {
        var host = healthy.newUser();
        String room = healthy.newRoom(host);
        healthy.command(room, "start", host);
        long version = healthy.storedVersion(room);
        queueDown.clock.advance(Duration.ofMinutes(26));

        var refused = queueDown.delete("/api/v1/rooms/" + room, host);

        assertTryAgainLater(refused);
        assertThat(healthy.storedVersion(room)).isEqualTo(version);
        assertThat(healthy.get("/api/v1/rooms/" + room, host).json().get("is_active").asBoolean()).isTrue();
    }

    private static void assertTryAgainLater(RoomsApi.Response response) {
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.code()).isEqualTo("TRY_AGAIN_LATER");
        assertThat(response.header("Retry-After")).hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isPositive());
    }
}
