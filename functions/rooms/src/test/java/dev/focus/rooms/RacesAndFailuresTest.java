package dev.focus.rooms;

import dev.focus.resources.FocusResources;
import dev.focus.rooms.application.ParticipantStore;
import dev.focus.rooms.application.RoomStore;
import dev.focus.rooms.application.Write;
import dev.focus.kernel.id.IdGenerator;
import dev.focus.rooms.model.Participant;
import dev.focus.rooms.model.ParticipantStatus;
import dev.focus.rooms.model.Room;
import dev.focus.emulators.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The interleavings a reviewer found: each replays one against DynamoDB Local, step by step. */
@WithRoomsApi
@DisplayName("races and failures between reads and writes")
class RacesAndFailuresTest {

    static RoomsApi api;
    static RoomStore rooms;
    static ParticipantStore participants;

    @BeforeAll
    static void start() {
        rooms = api.bean(RoomStore.class);
        participants = api.bean(ParticipantStore.class);
    }

    @Test
    @DisplayName("a host hand-over to someone who left meanwhile is refused, even when a joiner restored the count")
    void hand_over_to_a_leaver() {
        var host = api.newUser();
        var heir = api.newUser();
        String room = api.newRoom(host);
        String heirId = api.join(room, heir).text("id");
        Room read = rooms.find(room).orElseThrow();
        Participant leavingHost = participants.findIn(room, host.id()).orElseThrow();

        api.delete("/api/v1/participants/" + heirId, heir);
        api.join(room, api.newUser());
        Room handedOver = new Room(read.id(), read.name(), read.settings(), read.maxParticipants(), read.visibility(),
                read.inviteCode(), Optional.of(heir.id()), read.participantCount() - 1, true, read.createdAt(),
                read.updatedAt(), read.timer(), read.pendingWork(), read.emptySince());

        assertThat(participants.leave(read, handedOver, leavingHost)).isEqualTo(Write.CONFLICT);
    }

    @Test
    @DisplayName("settings read before a join cannot shrink max_participants below the room's new count")
    void shrink_after_a_join() {
        var host = api.newUser();
        String room = api.newRoom(host);
        api.join(room, api.newUser());
        Room read = rooms.find(room).orElseThrow();

        api.join(room, api.newUser());
        Room shrunk = new Room(read.id(), read.name(), read.settings(), 2, read.visibility(), read.inviteCode(),
                read.hostUserId(), read.participantCount(), true, read.createdAt(), read.updatedAt(), read.timer(),
                read.pendingWork(), read.emptySince());

        assertThat(rooms.saveSettings(read, shrunk)).hasValue(Write.CONFLICT);
        var refused = api.put("/api/v1/rooms/" + room, Map.of("max_participants", 2), host);
        assertThat(refused.code()).isEqualTo("TOO_MANY_PARTICIPANTS");
    }

    @Test
    @DisplayName("someone leaving after a work phase ended, before the worker ran, is still credited")
    void leave_before_the_worker() {
        var host = api.newUser();
        var guest = api.newUser();
        String room = api.newRoom(host);
        String guestId = api.join(room, guest).text("id");
        api.command(room, "start", host);
        api.clock.advance(Duration.ofMinutes(26));

        api.delete("/api/v1/participants/" + guestId, guest);
        api.wakeUp(room);

        assertThat(api.messages(FocusResources.FOCUS_SESSIONS.name(), room)).extracting(s -> s.get("user_id").asText())
                .containsExactlyInAnyOrder(host.id(), guest.id());
    }

    @Test
    @DisplayName("a host who completes a phase and leaves at once, emptying the room, is still credited")
    void complete_then_leave() {
        var host = api.newUser();
        String room = api.newRoom(host);
        api.command(room, "start", host);
        api.clock.advance(Duration.ofMinutes(12));
        api.command(room, "complete", host);
        String hostId = api.get("/api/v1/participants/" + room, host).json().get("participants").get(0).get("id").asText();

        api.delete("/api/v1/participants/" + hostId, host);
        api.wakeUp(room);

        var sessions = api.messages(FocusResources.FOCUS_SESSIONS.name(), room);
        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0).get("minutes").asInt()).isEqualTo(12);
    }

    @Test
    @DisplayName("a wake-up queued by a write that lost its race does not end the phase")
    void losers_wake_up() {
        var host = api.newUser();
        String room = api.newRoom(host);
        api.command(room, "start", host);
        api.clock.advance(Duration.ofMinutes(25));
        long version = api.storedVersion(room);

        api.deliver(FocusResources.TIMER_TRIGGERS.name(), List.of(Json.write(Map.of("room_id", room, "version", version,
                "write_id", "a-write-that-lost", "fire_at", api.clock.instant().toString()))));

        assertThat(api.storedVersion(room)).isEqualTo(version);
        api.wakeUp(room);
        assertThat(api.storedVersion(room)).isEqualTo(version + 1);
    }

    @Test
    @DisplayName("a timer unread for ten hours of one-minute phases rolls forward in bounded writes and credits each phase")
    void ten_hours_unread() {
        var host = api.newUser();
        String room = api.newRoom(host, Map.of("work_duration", 1, "break_duration", 1, "long_break_duration", 1,
                "auto_start_work", true));
        api.command(room, "start", host);
        api.clock.advance(Duration.ofHours(10));

        var timer = api.timer(room, host);
        api.wakeUp(room);

        assertThat(timer.status()).isEqualTo(200);
        assertThat(timer.number("cycle")).isEqualTo(301);
        assertThat(api.messages(FocusResources.FOCUS_SESSIONS.name(), room)).hasSize(300);
    }

    @Test
    @DisplayName("a cursor or id the API never issued is a 400 or a 404, not a 500")
    void forged_ids() {
        var user = api.newUser();

        assertThat(api.get("/api/v1/rooms?cursor=aWQf", user).code()).isEqualTo("INVALID_CURSOR");
        assertThat(api.get("/api/v1/rooms/" + "A".repeat(3000), user).code()).isEqualTo("ROOM_NOT_FOUND");
        assertThat(api.delete("/api/v1/participants/" + "B".repeat(3000), user).code()).isEqualTo("PARTICIPANT_NOT_FOUND");
    }

    @Test
    @DisplayName("an invite code is accepted in any case")
    void invite_code_case() {
        var host = api.newUser();
        String room = api.newRoom(host, Map.of("visibility", "private"));
        String code = api.get("/api/v1/rooms/" + room, host).text("invite_code");

        var joined = api.post("/api/v1/participants/" + room + "/join", Map.of("invite_code", code.toLowerCase()), api.newUser());

        assertThat(joined.status()).isEqualTo(201);
    }

    @Test
    @DisplayName("settings read before another tab's rename, in the same millisecond, cannot write the old name back")
    void two_tabs_edit_settings() {
        var host = api.newUser();
        String room = api.newRoom(host);
        Room read = rooms.find(room).orElseThrow();

        api.put("/api/v1/rooms/" + room, Map.of("name", RoomsApi.unique("renamed")), host);
        Room longer = withWork(read, 30);

        assertThat(rooms.saveSettings(read, longer)).hasValue(Write.CONFLICT);
    }

    @Test
    @DisplayName("new phase lengths judged against a running timer are refused once a reset made it idle")
    void settings_after_a_reset() {
        var host = api.newUser();
        String room = api.newRoom(host);
        api.command(room, "start", host);
        Room read = rooms.find(room).orElseThrow();

        api.command(room, "reset", host);

        assertThat(rooms.saveSettings(read, withWork(read, 50))).hasValue(Write.CONFLICT);
        api.put("/api/v1/rooms/" + room, Map.of("work_duration", 50), host);
        assertThat(api.timer(room, host).number("remaining_seconds")).isEqualTo(50 * 60);
    }

    @Test
    @DisplayName("closing a room right after a work phase ended still credits that phase")
    void close_after_a_phase_end() {
        var host = api.newUser();
        String room = api.newRoom(host);
        api.command(room, "start", host);
        api.clock.advance(Duration.ofMinutes(26));

        api.delete("/api/v1/rooms/" + room, host);
        api.wakeUp(room);

        assertThat(api.messages(FocusResources.FOCUS_SESSIONS.name(), room)).hasSize(1);
    }

    @Test
    @DisplayName("a wake-up that overtook the write that queued it is queued again instead of lost")
    void wake_up_before_its_write() {
        var host = api.newUser();
        String room = api.newRoom(host);
        long version = api.storedVersion(room);

        api.deliver(FocusResources.TIMER_TRIGGERS.name(), List.of(Json.write(Map.of("room_id", room,
                "version", version + 1, "write_id", "not-landed-yet", "fire_at", api.clock.instant().toString()))));

        // the retry is an SQS message delayed by one second
        assertThat(api.awaitMessages(FocusResources.TIMER_TRIGGERS.name(), room, 1, Duration.ofSeconds(10)))
                .extracting(m -> m.get("write_id").asText()).containsExactly("not-landed-yet");
    }

    @Test
    @DisplayName("an empty room's close, read before a join took its seat, is refused and the room stays open")
    void join_before_the_close() {
        var host = api.newUser();
        String room = api.newRoom(host);
        api.delete("/api/v1/participants/" + participants.findIn(room, host.id()).orElseThrow().id(), host);
        String wakeUp = api.emptyRoomWakeUpMessage(room);
        api.clock.advance(Duration.ofMinutes(10));
        Room read = rooms.find(room).orElseThrow();

        // a join that read the room while it was still in its grace takes its seat now
        assertThat(participants.join(read, newParticipant(room, api.newUser()))).isEqualTo(ParticipantStore.JoinWrite.JOINED);

        assertThat(rooms.closeEmpty(read, closed(read))).isEqualTo(Write.CONFLICT);
        api.deliver(FocusResources.TIMER_TRIGGERS.name(), List.of(wakeUp));
        assertThat(rooms.find(room).orElseThrow().active()).isTrue();
    }

    @Test
    @DisplayName("a join that read an empty room in its grace, landing after the close, takes no seat and answers ROOM_CLOSED")
    void join_after_the_close() {
        var host = api.newUser();
        var late = api.newUser();
        String room = api.newRoom(host);
        api.delete("/api/v1/participants/" + participants.findIn(room, host.id()).orElseThrow().id(), host);
        api.clock.advance(Duration.ofMinutes(10).minusMillis(1));
        Room read = rooms.find(room).orElseThrow();
        api.clock.advance(Duration.ofMillis(1));

        api.wakeUpEmptyRoom(room);

        assertThat(participants.join(read, newParticipant(room, late))).isEqualTo(ParticipantStore.JoinWrite.NO_SEAT);
        assertThat(api.join(room, late).code()).isEqualTo("ROOM_CLOSED");
        assertThat(participants.inRoom(room)).isEmpty();
    }

    private static Participant newParticipant(String room, RoomsApi.User user) {
        return new Participant(api.bean(IdGenerator.class).newId(), room, user.id(), user.username(),
                ParticipantStatus.ACTIVE, api.clock.instant());
    }

    private static Room closed(Room room) {
        return new Room(room.id(), room.name(), room.settings(), room.maxParticipants(), room.visibility(),
                room.inviteCode(), room.hostUserId(), room.participantCount(), false, room.createdAt(),
                api.clock.instant(), room.timer(), room.pendingWork(), room.emptySince());
    }

    private static Room withWork(Room room, int minutes) {
        var s = room.settings();
        var settings = new dev.focus.rooms.model.TimerSettings(minutes, s.breakMinutes(), s.longBreakMinutes(),
                s.longBreakEvery(), s.autoStartBreak(), s.autoStartWork());
        return new Room(room.id(), room.name(), settings, room.maxParticipants(), room.visibility(), room.inviteCode(),
                room.hostUserId(), room.participantCount(), true, room.createdAt(), room.updatedAt(),
                room.timer().withSettings(settings), room.pendingWork(), room.emptySince());
    }
}
