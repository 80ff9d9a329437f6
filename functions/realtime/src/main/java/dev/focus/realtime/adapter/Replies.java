package dev.focus.realtime.adapter;

import dev.focus.rooms.view.ParticipantView;
import dev.focus.rooms.view.RoomView;
import dev.focus.rooms.view.TimerView;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** Messages the server sends to one client in answer to its own message (besides the shared ServerMessage). */
final class Replies {

    private Replies() {
    }

    /** {@code ping} answers {@code {type: "pong", server_time}}. */
    @Serdeable
    record Pong(String type, Instant serverTime) {
        static Pong at(Instant now) {
            return new Pong("pong", now);
        }
    }

    /** A message the server could not act on; the connection stays open. */
    @Serdeable
    record Error(String type, String code, String message) {
        static Error of(String code, String message) {
            return new Error("error", code, message);
        }
    }

    /** The data of {@code room_state}: everything a client shows for a room, as the REST API shapes it. */
    @Serdeable
    record RoomState(RoomView room, TimerView timer, List<ParticipantView> participants) {
    }
}
