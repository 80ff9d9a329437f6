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
@DisplayName("the phase-end worker")
class PhaseEndWorkerTest {

    static RoomsApi api;

    @Test
    @DisplayName("woken at a work phase's end, it starts the break at that end and credits everyone present once")
    void credits_everyone_present() {
        var host = api.newUser();
        var guest = api.newUser();
        var late = api.newUser();
        String room = api.newRoom(host);
        api.join(room, guest);
        var started = api.command(room, "start", host);
        api.clock.advance(Duration.ofMinutes(20));
        api.join(room, late);
        api.clock.advance(Duration.ofMinutes(5));

        var response = api.wakeUp(room);
        api.wakeUp(room); // a duplicate delivery changes nothing

        assertThat(response.getBatchItemFailures()).isEmpty();
        var timer = api.timer(room, host);
        assertThat(timer.text("phase")).isEqualTo("BREAK");
        assertThat(timer.text("phase_started_at")).isEqualTo(started.text("phase_ends_at"));
        List<JsonNode> sessions = api.messages(FocusResources.FOCUS_SESSIONS.name(), room);
        assertThat(sessions).extracting(s -> s.get("user_id").asText())
                .containsExactlyInAnyOrder(host.id(), guest.id(), late.id());
        assertThat(sessions).allSatisfy(s -> {
            assertThat(s.get("event_type").asText()).isEqualTo("FocusSessionCompleted");
            assertThat(s.get("room_id").asText()).isEqualTo(room);
            assertThat(s.get("ended_at").asText()).isEqualTo(started.text("phase_ends_at"));
        });
        assertThat(sessions).extracting(s -> s.get("minutes").asInt()).containsExactlyInAnyOrder(25, 25, 5);
    }

    @Test
    @DisplayName("a phase end that a reader rolled forward first is still credited, exactly once")
    void reader_first() {
        var host = api.newUser();
        String room = api.newRoom(host);
        api.command(room, "start", host);
        api.clock.advance(Duration.ofMinutes(26));

        api.timer(room, host); // rolls forward, queues an immediate wake-up
        api.wakeUp(room);
        api.wakeUp(room);

        assertThat(api.messages(FocusResources.FOCUS_SESSIONS.name(), room)).hasSize(1);
    }

    @Test
    @DisplayName("a room nobody read for hours, both phases starting by themselves, is credited for every work phase")
    void unread_for_hours() {
        var host = api.newUser();
        String room = api.newRoom(host, Map.of("work_duration", 25, "break_duration", 5, "auto_start_work", true));
        var started = api.command(room, "start", host);
        Instant first = Instant.parse(started.text("phase_started_at"));
        api.clock.advance(Duration.ofHours(3));

        api.wakeUp(room);

        // work ends at minutes 25, 55, 85, 115 (then a 15-minute long break), 155; the sixth runs 160-185
        List<JsonNode> sessions = api.messages(FocusResources.FOCUS_SESSIONS.name(), room);
        assertThat(sessions).hasSize(5);
        assertThat(sessions).extracting(s -> s.get("event_id").asText()).doesNotHaveDuplicates();
        var timer = api.timer(room, host);
        assertThat(timer.text("status")).isEqualTo("RUNNING");
        assertThat(timer.text("phase")).isEqualTo("WORK");
        assertThat(Instant.parse(timer.text("phase_started_at"))).isEqualTo(first.plus(Duration.ofMinutes(160)));
    }

    @Test
    @DisplayName("a wake-up for a timer the host paused meanwhile does nothing")
    void stale_wake_up() {
        var host = api.newUser();
        String room = api.newRoom(host);
        api.command(room, "start", host);
        api.clock.advance(Duration.ofMinutes(10));
        var paused = api.command(room, "pause", host);
        api.clock.advance(Duration.ofMinutes(20));

        api.wakeUp(room);

        var timer = api.timer(room, host);
        assertThat(timer.text("status")).isEqualTo("PAUSED");
        assertThat(timer.number("version")).isEqualTo(paused.number("version"));
        assertThat(api.messages(FocusResources.FOCUS_SESSIONS.name(), room)).isEmpty();
    }

    @Test
    @DisplayName("a phase longer than SQS's 15-minute delay is re-queued on an early wake-up, not ended")
    void early_wake_up() {
        var host = api.newUser();
        String room = api.newRoom(host, Map.of("work_duration", 60));
        var started = api.command(room, "start", host);
        long version = started.number("version");

        var response = api.deliver(FocusResources.TIMER_TRIGGERS.name(),
                List.of(api.wakeUpMessage(room, Instant.parse(started.text("phase_ends_at")))));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(api.timer(room, host).text("phase")).isEqualTo("WORK");
        assertThat(api.timer(room, host).number("version")).isEqualTo(version);
    }

    @Test
    @DisplayName("a message it cannot read is reported as that message's failure, the others still handled")
    void partial_failure() {
        var host = api.newUser();
        String room = api.newRoom(host);
        api.command(room, "start", host);
        api.clock.advance(Duration.ofMinutes(25));
        var response = api.deliver(FocusResources.TIMER_TRIGGERS.name(), List.of("{not json",
                api.wakeUpMessage(room, api.clock.instant())));

        assertThat(response.getBatchItemFailures()).hasSize(1);
        assertThat(api.messages(FocusResources.FOCUS_SESSIONS.name(), room)).hasSize(1);
    }
}
