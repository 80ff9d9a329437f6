package dev.focus.rooms;

import com.fasterxml.jackson.databind.JsonNode;
import dev.focus.resources.FocusResources;
import dev.focus.emulators.Json;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@WithRoomsApi
@DisplayName("joining and leaving rooms")
class ParticipantRoutesTest {

    static RoomsApi api;

    @Test
    @DisplayName("a joiner gets a participant named after the account, and joining again answers the same one with 200")
    void join_twice() {
        var host = api.newUser();
        var guest = api.newUser();
        String room = api.newRoom(host);

        var first = api.join(room, guest);
        var second = api.join(room, guest);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.text("username")).isEqualTo(guest.username());
        assertThat(first.text("room_id")).isEqualTo(room);
        assertThat(first.text("user_id")).isEqualTo(guest.id());
        assertThat(first.text("status")).isEqualTo("active");
        assertThat(first.json().get("is_host").asBoolean()).isFalse();
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.text("id")).isEqualTo(first.text("id"));
        assertThat(api.get("/api/v1/rooms/" + room, host).number("participant_count")).isEqualTo(2);
    }

    @Test
    @DisplayName("a display name given on joining replaces the account's username")
    void display_name() {
        var host = api.newUser();
        String room = api.newRoom(host);

        var joined = api.post("/api/v1/participants/" + room + "/join", Map.of("username", "User123"), api.newUser());

        assertThat(joined.text("username")).isEqualTo("User123");
    }

    @Test
    @DisplayName("a full room turns the next joiner away")
    void full_room() {
        var host = api.newUser();
        String room = api.newRoom(host, Map.of("max_participants", 2));
        api.join(room, api.newUser());

        var refused = api.join(room, api.newUser());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("ROOM_FULL");
    }

    @Test
    @DisplayName("when the host leaves, the earliest remaining joiner becomes host")
    void host_hand_over() {
        var host = api.newUser();
        var early = api.newUser();
        var late = api.newUser();
        String room = api.newRoom(host);
        api.join(room, early);
        api.clock.advance(Duration.ofSeconds(1));
        api.join(room, late);
        String hostParticipant = participant(room, host).get("id").asText();

        var left = api.delete("/api/v1/participants/" + hostParticipant, host);

        assertThat(left.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/rooms/" + room, early).text("host_user_id")).isEqualTo(early.id());
        assertThat(participant(room, early).get("is_host").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/participants/" + room, early).number("total")).isEqualTo(2);
        assertThat(api.command(room, "start", early).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("the host removes others; a guest may only remove themselves")
    void kick() {
        var host = api.newUser();
        var guest = api.newUser();
        var other = api.newUser();
        String room = api.newRoom(host);
        api.join(room, guest);
        api.join(room, other);

        var refused = api.delete("/api/v1/participants/" + participant(room, other).get("id").asText(), guest);
        var kicked = api.delete("/api/v1/participants/" + participant(room, other).get("id").asText(), host);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(kicked.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/participants/" + room, host).number("total")).isEqualTo(2);
        assertThat(api.delete("/api/v1/participants/" + participant(room, guest).get("id").asText(), guest).status())
                .isEqualTo(204);
    }

    @Test
    @DisplayName("the last one out stops the timer, and the next joiner of the empty room becomes its host")
    void empty_room() {
        var host = api.newUser();
        String room = api.newRoom(host);
        api.command(room, "start", host);

        api.delete("/api/v1/participants/" + participant(room, host).get("id").asText(), host);
        var newcomer = api.newUser();
        var joined = api.join(room, newcomer);

        assertThat(joined.json().get("is_host").asBoolean()).isTrue();
        assertThat(api.timer(room, newcomer).text("status")).isEqualTo("IDLE");
        assertThat(api.command(room, "start", newcomer).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("a participant sets their own status; nobody else can, and a bad status is a 400")
    void status() {
        var host = api.newUser();
        var guest = api.newUser();
        String room = api.newRoom(host);
        String id = api.join(room, guest).text("id");

        var set = api.put("/api/v1/participants/" + id + "/status", Map.of("status", "focusing"), guest);
        var byHost = api.put("/api/v1/participants/" + id + "/status", Map.of("status", "idle"), host);
        var bad = api.put("/api/v1/participants/" + id + "/status", Map.of("status", "asleep"), guest);

        assertThat(set.status()).isEqualTo(200);
        assertThat(set.text("status")).isEqualTo("focusing");
        assertThat(byHost.status()).isEqualTo(404);
        assertThat(bad.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(participant(room, guest).get("status").asText()).isEqualTo("focusing");
    }

    @Test
    @DisplayName("joins, leaves and status changes are published as room events")
    void events() {
        var host = api.newUser();
        var guest = api.newUser();
        String room = api.newRoom(host);
        String id = api.join(room, guest).text("id");
        api.put("/api/v1/participants/" + id + "/status", Map.of("status", "idle"), guest);
        api.delete("/api/v1/participants/" + id, guest);

        List<String> types = api.messages(FocusResources.ROOM_EVENTS.name(), room).stream()
                .map(event -> event.get("type").asText()).toList();

        assertThat(types).containsExactly("participant_joined", "participant_status", "participant_left");
    }

    @Test
    @DisplayName("a deleted account leaves every room it was in")
    void user_deleted() {
        var host = api.newUser();
        var leaving = api.newUser();
        String first = api.newRoom(host);
        String second = api.newRoom(leaving);
        api.join(first, leaving);
        api.join(second, host);

        var response = api.deliver(FocusResources.USER_EVENTS.name(), List.of(Json.write(Map.of(
                "event_id", "e1", "event_type", "UserDeleted", "user_id", leaving.id(),
                "occurred_at", api.clock.instant().toString()))));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(api.get("/api/v1/participants/" + first, host).number("total")).isEqualTo(1);
        assertThat(api.get("/api/v1/rooms/" + second, host).text("host_user_id")).isEqualTo(host.id());
    }

    @Test
    @DisplayName("an unknown participant is a 404")
    void unknown_participant() {
        var user = api.newUser();

        var response = api.delete("/api/v1/participants/01JUNKNOWNPARTICIPANTXXXXX", user);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("PARTICIPANT_NOT_FOUND");
    }

    private static JsonNode participant(String room, RoomsApi.User user) {
        for (JsonNode participant : api.get("/api/v1/participants/" + room, api.newAdmin()).json().get("participants")) {
            if (participant.get("user_id").asText().equals(user.id())) {
                return participant;
            }
        }
        throw new AssertionError("no participant of " + user.id() + " in " + room);
    }
}
