package dev.focus.rooms;

import com.fasterxml.jackson.databind.JsonNode;
import dev.focus.resources.FocusResources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@WithRoomsApi
@DisplayName("the timer's routes")
class TimerRoutesTest {

    static RoomsApi api;

    @Test
    @DisplayName("a new room's timer is idle on the first work phase with its full length")
    void idle() {
        var host = api.newUser();
        String room = api.newRoom(host);

        var timer = api.timer(room, host);

        assertThat(timer.status()).isEqualTo(200);
        assertThat(timer.text("room_id")).isEqualTo(room);
        assertThat(timer.text("status")).isEqualTo("IDLE");
        assertThat(timer.text("phase")).isEqualTo("WORK");
        assertThat(timer.number("cycle")).isEqualTo(1);
        assertThat(timer.number("phase_duration_seconds")).isEqualTo(1500);
        assertThat(timer.number("remaining_seconds")).isEqualTo(1500);
        assertThat(timer.json().get("phase_started_at").isNull()).isTrue();
        assertThat(Instant.parse(timer.text("server_time"))).isEqualTo(api.clock.instant());
    }

    @Test
    @DisplayName("start, pause and start again keep the time left, counted by the server's clock")
    void start_pause_resume() {
        var host = api.newUser();
        String room = api.newRoom(host);

        var started = api.command(room, "start", host);
        api.clock.advance(Duration.ofSeconds(100));
        var paused = api.command(room, "pause", host);
        api.clock.advance(Duration.ofMinutes(30));
        var stillPaused = api.timer(room, host);
        var resumed = api.command(room, "start", host);

        assertThat(started.text("status")).isEqualTo("RUNNING");
        assertThat(Instant.parse(started.text("phase_ends_at")))
                .isEqualTo(Instant.parse(started.text("phase_started_at")).plusSeconds(1500));
        assertThat(paused.text("status")).isEqualTo("PAUSED");
        assertThat(paused.number("remaining_seconds")).isEqualTo(1400);
        assertThat(stillPaused.number("remaining_seconds")).isEqualTo(1400);
        assertThat(resumed.number("remaining_seconds")).isEqualTo(1400);
        assertThat(resumed.number("version")).isGreaterThan(paused.number("version"));
    }

    @Test
    @DisplayName("a command that does not fit the state is a 409 INVALID_TRANSITION")
    void invalid_transitions() {
        var host = api.newUser();
        String room = api.newRoom(host);

        assertThat(api.command(room, "pause", host).code()).isEqualTo("INVALID_TRANSITION");
        assertThat(api.command(room, "reset", host).code()).isEqualTo("INVALID_TRANSITION");
        assertThat(api.command(room, "complete", host).code()).isEqualTo("INVALID_TRANSITION");
        api.command(room, "start", host);
        var twice = api.command(room, "start", host);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("INVALID_TRANSITION");
    }

    @Test
    @DisplayName("only the host controls the timer; anyone in a public room may read it")
    void host_only() {
        var host = api.newUser();
        var guest = api.newUser();
        String room = api.newRoom(host);
        api.join(room, guest);

        var refused = api.command(room, "start", guest);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("NOT_HOST");
        assertThat(api.timer(room, api.newUser()).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("reading after the work phase's end shows the break that began exactly at that end")
    void read_rolls_forward() {
        var host = api.newUser();
        String room = api.newRoom(host);
        var started = api.command(room, "start", host);
        Instant workEnds = Instant.parse(started.text("phase_ends_at"));

        api.clock.advance(Duration.ofMinutes(25).plusSeconds(42));
        var timer = api.timer(room, host);

        assertThat(timer.text("status")).isEqualTo("RUNNING");
        assertThat(timer.text("phase")).isEqualTo("BREAK");
        assertThat(Instant.parse(timer.text("phase_started_at"))).isEqualTo(workEnds);
        assertThat(timer.number("remaining_seconds")).isEqualTo(5 * 60 - 42);
        assertThat(api.timer(room, host).number("version")).isEqualTo(timer.number("version"));
    }

    @Test
    @DisplayName("skip moves on without counting; complete counts the minutes focused so far")
    void skip_and_complete() {
        var host = api.newUser();
        String room = api.newRoom(host);
        api.command(room, "start", host);
        api.clock.advance(Duration.ofMinutes(3));
        var skipped = api.command(room, "skip", host);
        api.command(room, "skip", host); // the break
        api.clock.advance(Duration.ofSeconds(5));
        api.command(room, "start", host);
        api.clock.advance(Duration.ofMinutes(10));
        var completed = api.command(room, "complete", host);

        assertThat(skipped.text("phase")).isEqualTo("BREAK");
        assertThat(skipped.text("status")).isEqualTo("RUNNING");
        assertThat(completed.text("phase")).isEqualTo("BREAK");
        assertThat(completed.number("cycle")).isEqualTo(2);
        api.wakeUp(room);
        List<JsonNode> sessions = api.messages(FocusResources.FOCUS_SESSIONS.name(), room);
        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0).get("minutes").asInt()).isEqualTo(10);
        assertThat(sessions.get(0).get("user_id").asText()).isEqualTo(host.id());
    }

    @Test
    @DisplayName("reset returns to the first work phase, idle")
    void reset() {
        var host = api.newUser();
        String room = api.newRoom(host);
        api.command(room, "start", host);
        api.command(room, "skip", host);

        var reset = api.command(room, "reset", host);

        assertThat(reset.text("status")).isEqualTo("IDLE");
        assertThat(reset.text("phase")).isEqualTo("WORK");
        assertThat(reset.number("cycle")).isEqualTo(1);
        assertThat(reset.number("remaining_seconds")).isEqualTo(1500);
    }

    @Test
    @DisplayName("every timer change is published as a timer_update carrying the timer state")
    void timer_events() {
        var host = api.newUser();
        String room = api.newRoom(host);
        api.messages(FocusResources.ROOM_EVENTS.name(), room);

        api.command(room, "start", host);
        api.command(room, "pause", host);

        List<JsonNode> events = api.messages(FocusResources.ROOM_EVENTS.name(), room);
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("timer_update", "timer_update");
        assertThat(events.get(1).get("data").get("status").asText()).isEqualTo("PAUSED");
        assertThat(events.get(1).get("data").get("room_id").asText()).isEqualTo(room);
        assertThat(events.get(1).get("event_id").asText()).hasSize(26);
    }

    @Test
    @DisplayName("a private room's timer is hidden from strangers")
    void private_timer() {
        var host = api.newUser();
        String room = api.newRoom(host, Map.of("visibility", "private"));

        assertThat(api.timer(room, api.newUser()).status()).isEqualTo(404);
        assertThat(api.timer(room, host).status()).isEqualTo(200);
    }
}
