package dev.focus.rooms;

import com.fasterxml.jackson.databind.JsonNode;
import dev.focus.emulators.Json;
import dev.focus.emulators.LocalCloud;
import dev.focus.resources.FocusResources;
import dev.focus.resources.Setting;
import dev.focus.testkit.WithLocalCloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@WithLocalCloud
@DisplayName("the empty-room grace setting")
class EmptyRoomGraceSettingTest {

    static LocalCloud cloud;
    static RoomsApi api;

    @BeforeAll
    static void start() {
        api = RoomsApi.start(cloud, Map.of(Setting.EMPTY_ROOM_GRACE.property(), "1s"));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    @DisplayName("a configured grace is used instead of ten minutes")
    void configured_grace() {
        var host = api.newUser();
        String room = api.newRoom(host);
        api.leave(room, host);
        api.clock.advance(Duration.ofSeconds(1));

        var read = api.get("/api/v1/rooms/" + room, host);

        assertThat(read.json().get("is_active").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("the leave that empties a room queues the close on timer-triggers, delayed to the end of the grace")
    void queued_wake_up() {
        var host = api.newUser();
        String room = api.newRoom(host);
        Instant emptied = api.clock.instant();
        api.leave(room, host);
        // SQS holds the message back for the grace, one second here
        List<JsonNode> queued = api.awaitMessages(FocusResources.TIMER_TRIGGERS.name(), room, 1, Duration.ofSeconds(10));
        api.clock.advance(Duration.ofSeconds(1));

        queued.forEach(wakeUp -> api.deliver(FocusResources.TIMER_TRIGGERS.name(), List.of(Json.write(wakeUp))));

        assertThat(queued).hasSize(1);
        assertThat(queued.get(0).get("kind").asText()).isEqualTo("empty_room");
        assertThat(Instant.parse(queued.get(0).get("fire_at").asText())).isEqualTo(emptied.plusSeconds(1));
        assertThat(api.messages(FocusResources.ROOM_EVENTS.name(), room)).extracting(e -> e.get("type").asText())
                .endsWith("room_closed");
    }
}
