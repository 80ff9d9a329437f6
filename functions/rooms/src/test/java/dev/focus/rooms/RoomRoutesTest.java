package dev.focus.rooms;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@WithRoomsApi
@DisplayName("creating, listing, changing and closing rooms")
class RoomRoutesTest {

    static RoomsApi api;

    @Test
    @DisplayName("a new room has the defaults, its creator as host and first participant")
    void create_with_defaults() {
        var host = api.newUser();
        String name = RoomsApi.unique("Deep Work");

        var created = api.createRoom(host, Map.of("name", name, "work_duration", 25, "break_duration", 5));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("id")).hasSize(26);
        assertThat(created.text("name")).isEqualTo(name);
        assertThat(created.number("long_break_duration")).isEqualTo(15);
        assertThat(created.number("long_break_every")).isEqualTo(4);
        assertThat(created.json().get("auto_start_break").asBoolean()).isTrue();
        assertThat(created.json().get("auto_start_work").asBoolean()).isFalse();
        assertThat(created.number("max_participants")).isEqualTo(50);
        assertThat(created.text("visibility")).isEqualTo("public");
        assertThat(created.text("host_user_id")).isEqualTo(host.id());
        assertThat(created.number("participant_count")).isEqualTo(1);
        assertThat(created.text("created_at")).endsWith("Z");
        var participants = api.get("/api/v1/participants/" + created.text("id"), host);
        assertThat(participants.number("total")).isEqualTo(1);
        assertThat(participants.json().get("participants").get(0).get("is_host").asBoolean()).isTrue();
        assertThat(participants.json().get("participants").get(0).get("username").asText()).isEqualTo(host.username());
    }

    @Test
    @DisplayName("a name an active room has is taken whatever its case, and free again once that room closes")
    void unique_names() {
        var host = api.newUser();
        String name = RoomsApi.unique("Library");
        String first = api.newRoom(host, Map.of("name", name));

        var clash = api.createRoom(api.newUser(), Map.of("name", name.toUpperCase(), "work_duration", 25, "break_duration", 5));
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.code()).isEqualTo("ROOM_NAME_TAKEN");

        assertThat(api.delete("/api/v1/rooms/" + first, host).status()).isEqualTo(204);
        var again = api.createRoom(api.newUser(), Map.of("name", name, "work_duration", 25, "break_duration", 5));
        assertThat(again.status()).isEqualTo(201);
    }

    @Test
    @DisplayName("out-of-range settings are refused field by field and nothing is stored")
    void validation() {
        var host = api.newUser();
        String name = RoomsApi.unique("bad");

        var refused = api.createRoom(host, Map.of("name", name, "work_duration", 181, "break_duration", 0,
                "max_participants", 51, "visibility", "secret"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
        var fields = new HashSet<String>();
        refused.json().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).contains("work_duration", "break_duration", "max_participants", "visibility");
        var search = api.get("/api/v1/rooms?q=" + name, host);
        assertThat(search.json().get("items")).isEmpty();
    }

    @Test
    @DisplayName("every route wants an access token")
    void token_required() {
        var anonymous = api.call("GET", "/api/v1/rooms", null, null);
        var forged = api.call("GET", "/api/v1/rooms", null, "not-a-token");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(forged.status()).isEqualTo(401);
    }

    @Test
    @DisplayName("the listing shows active public rooms newest first, page by page, and q filters by name")
    void listing() {
        var host = api.newUser();
        String tag = RoomsApi.unique("tagged").toLowerCase();
        var ids = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            ids.add(api.newRoom(host, Map.of("name", "Room " + i + " " + tag)));
        }
        api.newRoom(host, Map.of("name", "Hidden " + tag, "visibility", "private"));
        api.delete("/api/v1/rooms/" + ids.get(4), host);

        var seen = new ArrayList<String>();
        String cursor = null;
        do {
            var page = api.get("/api/v1/rooms?limit=2&q=" + tag.toUpperCase() + (cursor == null ? "" : "&cursor=" + cursor), host);
            assertThat(page.status()).isEqualTo(200);
            page.json().get("items").forEach(item -> seen.add(item.get("id").asText()));
            cursor = page.text("next_cursor");
        } while (cursor != null);

        assertThat(seen).containsExactly(ids.get(3), ids.get(2), ids.get(1), ids.get(0));
    }

    @Test
    @DisplayName("a bad cursor or limit is a 400, not a 500")
    void bad_paging() {
        var user = api.newUser();

        assertThat(api.get("/api/v1/rooms?cursor=not.a.cursor!", user).code()).isEqualTo("INVALID_CURSOR");
        assertThat(api.get("/api/v1/rooms?limit=0", user).code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    @DisplayName("only the host changes a room; new settings show at once and the idle timer takes the new length")
    void update() {
        var host = api.newUser();
        var guest = api.newUser();
        String room = api.newRoom(host);
        api.join(room, guest);

        var refused = api.put("/api/v1/rooms/" + room, Map.of("work_duration", 50), guest);
        var changed = api.put("/api/v1/rooms/" + room, Map.of("work_duration", 50, "auto_start_work", true), host);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("NOT_HOST");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.number("work_duration")).isEqualTo(50);
        assertThat(changed.number("break_duration")).isEqualTo(5);
        assertThat(api.timer(room, host).number("remaining_seconds")).isEqualTo(50 * 60);
    }

    @Test
    @DisplayName("max_participants cannot drop below the people already in the room")
    void shrink_below_count() {
        var host = api.newUser();
        String room = api.newRoom(host);
        api.join(room, api.newUser());
        api.join(room, api.newUser());

        var refused = api.put("/api/v1/rooms/" + room, Map.of("max_participants", 2), host);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("TOO_MANY_PARTICIPANTS");
    }

    @Test
    @DisplayName("a private room has an invite code only its participants see, and strangers cannot find it")
    void private_room() {
        var host = api.newUser();
        String room = api.newRoom(host, Map.of("visibility", "private"));
        var stranger = api.newUser();

        var seenByHost = api.get("/api/v1/rooms/" + room, host);
        var seenByStranger = api.get("/api/v1/rooms/" + room, stranger);

        assertThat(seenByHost.text("invite_code")).hasSize(8);
        assertThat(seenByStranger.status()).isEqualTo(404);
        assertThat(seenByStranger.code()).isEqualTo("ROOM_NOT_FOUND");
        var wrong = api.post("/api/v1/participants/" + room + "/join", Map.of("invite_code", "WRONG123"), stranger);
        assertThat(wrong.code()).isEqualTo("INVALID_INVITE_CODE");
        var joined = api.post("/api/v1/participants/" + room + "/join",
                Map.of("invite_code", seenByHost.text("invite_code")), stranger);
        assertThat(joined.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/rooms/" + room, stranger).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("the host or an admin closes a room; others may not, and a closed room takes no commands")
    void close() {
        var host = api.newUser();
        var guest = api.newUser();
        String room = api.newRoom(host);
        String other = api.newRoom(host);
        api.join(room, guest);
        api.command(room, "start", host);

        assertThat(api.delete("/api/v1/rooms/" + room, guest).code()).isEqualTo("NOT_HOST");
        assertThat(api.delete("/api/v1/rooms/" + room, host).status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/rooms/" + other, api.newAdmin()).status()).isEqualTo(204);

        var closed = api.get("/api/v1/rooms/" + room, host);
        assertThat(closed.json().get("is_active").asBoolean()).isFalse();
        assertThat(api.timer(room, host).text("status")).isEqualTo("IDLE");
        assertThat(api.command(room, "start", host).code()).isEqualTo("ROOM_CLOSED");
        assertThat(api.join(room, api.newUser()).code()).isEqualTo("ROOM_CLOSED");
        assertThat(api.delete("/api/v1/rooms/" + room, host).code()).isEqualTo("ROOM_CLOSED");
    }

    @Test
    @DisplayName("people can still leave a closed room, its host last")
    void leave_closed_room() {
        var host = api.newUser();
        var guest = api.newUser();
        String room = api.newRoom(host);
        String guestId = api.join(room, guest).text("id");
        String hostId = api.get("/api/v1/participants/" + room, host).json().get("participants").get(0).get("id").asText();
        api.delete("/api/v1/rooms/" + room, host);

        assertThat(api.delete("/api/v1/participants/" + hostId, host).status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/participants/" + guestId, guest).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/rooms/" + room, guest).number("participant_count")).isZero();
    }

    @Test
    @DisplayName("an unknown room is a 404 on every route")
    void unknown_room() {
        var user = api.newUser();
        String missing = "01JUNKNOWNROOMXXXXXXXXXXXX";

        for (var response : List.of(api.get("/api/v1/rooms/" + missing, user), api.timer(missing, user),
                api.command(missing, "start", user), api.join(missing, user),
                api.get("/api/v1/participants/" + missing, user))) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.code()).isEqualTo("ROOM_NOT_FOUND");
        }
    }
}
