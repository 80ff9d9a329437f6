package dev.focus.rooms;

import dev.focus.emulators.Json;
import dev.focus.resources.FocusResources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@WithRoomsApi
@DisplayName("a room left empty")
class EmptyRoomTest {

    static RoomsApi api;

    @Test
    @DisplayName("the last participant leaving closes the room after ten minutes")
    void closes_after_the_grace() {
        var host = api.newUser();
        String room = api.newRoom(host);
        api.leave(room, host);
        api.messages(FocusResources.ROOM_EVENTS.name(), room);
        api.clock.advance(Duration.ofMinutes(10).minusSeconds(3));
        assertThat(api.get("/api/v1/rooms/" + room, host).json().get("is_active").asBoolean()).isTrue();
        api.clock.advance(Duration.ofSeconds(3));

        var response = api.wakeUpEmptyRoom(room);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(api.messages(FocusResources.ROOM_EVENTS.name(), room)).extracting(e -> e.get("type").asText())
                .containsExactly("room_closed");
        assertThat(api.get("/api/v1/rooms/" + room, host).json().get("is_active").asBoolean()).isFalse();
        assertThat(listed(room, host)).isFalse();
    }

    @Test
    @DisplayName("a join within the grace keeps the room open")
    void a_join_keeps_it_open() {
        var host = api.newUser();
        var comeback = api.newUser();
        String room = api.newRoom(host);
        api.leave(room, host);
        String wakeUp = api.emptyRoomWakeUpMessage(room);
        api.clock.advance(Duration.ofMinutes(9));
        api.join(room, comeback);
        api.clock.advance(Duration.ofMinutes(2));

        var response = api.deliver(FocusResources.TIMER_TRIGGERS.name(), List.of(wakeUp));

        assertThat(response.getBatchItemFailures()).isEmpty();
        var read = api.get("/api/v1/rooms/" + room, comeback);
        assertThat(read.json().get("is_active").asBoolean()).isTrue();
        assertThat(read.text("host_user_id")).isEqualTo(comeback.id());
        assertThat(listed(room, comeback)).isTrue();
    }

    @Test
    @DisplayName("an account deletion that empties a room closes it after the grace and frees its name")
    void account_deletion() {
        var host = api.newUser();
        String name = RoomsApi.unique("deleted-host");
        String room = api.newRoom(host, Map.of("name", name));
        api.deliver(FocusResources.USER_EVENTS.name(), List.of(Json.write(Map.of("event_id", RoomsApi.unique("event"),
                "event_type", "UserDeleted", "user_id", host.id(), "occurred_at", api.clock.instant().toString()))));
        api.clock.advance(Duration.ofMinutes(10));

        api.wakeUpEmptyRoom(room);

        var someone = api.newUser();
        assertThat(api.get("/api/v1/rooms/" + room, someone).json().get("is_active").asBoolean()).isFalse();
        assertThat(api.createRoom(someone, Map.of("name", name, "work_duration", 25, "break_duration", 5)).status())
                .isEqualTo(201);
    }

    @Test
    @DisplayName("a redelivered close wake-up changes nothing")
    void redelivery() {
        var host = api.newUser();
        String room = api.newRoom(host);
        api.leave(room, host);
        String wakeUp = api.emptyRoomWakeUpMessage(room);
        api.clock.advance(Duration.ofMinutes(10));
        api.deliver(FocusResources.TIMER_TRIGGERS.name(), List.of(wakeUp));
        api.messages(FocusResources.ROOM_EVENTS.name(), room);
        var closed = api.get("/api/v1/rooms/" + room, host);
        api.clock.advance(Duration.ofMinutes(1));

        var again = api.deliver(FocusResources.TIMER_TRIGGERS.name(), List.of(wakeUp));

        assertThat(again.getBatchItemFailures()).isEmpty();
        assertThat(api.messages(FocusResources.ROOM_EVENTS.name(), room)).isEmpty();
        assertThat(api.get("/api/v1/rooms/" + room, host).json()).isEqualTo(closed.json());
    }

    @Test
    @DisplayName("an empty room past its grace reads as closed even before the wake-up")
    void read_after_the_grace() {
        var host = api.newUser();
        String room = api.newRoom(host);
        api.leave(room, host);
        api.clock.advance(Duration.ofMinutes(10));

        var read = api.get("/api/v1/rooms/" + room, host);

        assertThat(read.json().get("is_active").asBoolean()).isFalse();
        assertThat(api.messages(FocusResources.ROOM_EVENTS.name(), room)).extracting(e -> e.get("type").asText())
                .endsWith("room_closed");
    }

    @Test
    @DisplayName("the name of a room left empty past its grace is free for a new room, in any case, before the wake-up")
    void name_free_for_a_new_room() {
        var host = api.newUser();
        var newcomer = api.newUser();
        String name = RoomsApi.unique("freed");
        String room = api.newRoom(host, Map.of("name", name));
        api.leave(room, host);
        api.clock.advance(Duration.ofMinutes(10));

        var created = api.createRoom(newcomer, Map.of("name", name.toUpperCase(Locale.ROOT), "work_duration", 25,
                "break_duration", 5));

        assertThat(created.status()).isEqualTo(201);
        assertClosedAndAnnounced(room, host);
    }

    @Test
    @DisplayName("the name of a room left empty past its grace is free for a rename, before the wake-up")
    void name_free_for_a_rename() {
        var host = api.newUser();
        var other = api.newUser();
        String name = RoomsApi.unique("freed");
        String room = api.newRoom(host, Map.of("name", name));
        String renamed = api.newRoom(other);
        api.leave(room, host);
        api.clock.advance(Duration.ofMinutes(10));

        var rename = api.put("/api/v1/rooms/" + renamed, Map.of("name", name.toUpperCase(Locale.ROOT)), other);

        assertThat(rename.status()).isEqualTo(200);
        assertThat(rename.text("name")).isEqualTo(name.toUpperCase(Locale.ROOT));
        assertThat(api.get("/api/v1/rooms/" + room, host).json().get("is_active").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("the name of a room left empty stays taken while its grace lasts")
    void name_taken_within_the_grace() {
        var host = api.newUser();
        var other = api.newUser();
        String name = RoomsApi.unique("held");
        String room = api.newRoom(host, Map.of("name", name));
        String renamed = api.newRoom(other);
        api.leave(room, host);
        api.clock.advance(Duration.ofMinutes(10).minusSeconds(1));

        var created = api.createRoom(other, Map.of("name", name.toUpperCase(Locale.ROOT), "work_duration", 25,
                "break_duration", 5));
        var rename = api.put("/api/v1/rooms/" + renamed, Map.of("name", name), other);

        assertThat(created.status()).isEqualTo(409);
        assertThat(created.code()).isEqualTo("ROOM_NAME_TAKEN");
        assertThat(rename.status()).isEqualTo(409);
        assertThat(rename.code()).isEqualTo("ROOM_NAME_TAKEN");
        assertThat(api.get("/api/v1/rooms/" + room, host).json().get("is_active").asBoolean()).isTrue();
    }

    /** Whether the public listing shows the room (found by its unique name). */
    private static boolean listed(String room, RoomsApi.User user) {
        String name = api.get("/api/v1/rooms/" + room, user).text("name");
        var page = api.get("/api/v1/rooms?limit=100&q=" + name, user);
        for (var item : page.json().get("items")) {
            if (item.get("id").asText().equals(room)) {
                return true;
            }
        }
        return false;
    }

    /** The room reads as closed and its last room event says so. */
    private void assertClosedAndAnnounced(String room, RoomsApi.User viewer) {
        assertThat(api.get("/api/v1/rooms/" + room, viewer).json().get("is_active").asBoolean()).isFalse();
        assertThat(api.messages(FocusResources.ROOM_EVENTS.name(), room)).extracting(e -> e.get("type").asText())
                .endsWith("room_closed");
    }
}
