package dev.focus.realtime.adapter;

import dev.focus.kernel.api.FieldError;
import dev.focus.kernel.api.Problems;
import dev.focus.rooms.view.ParticipantView;
import dev.focus.rooms.view.RoomView;
import dev.focus.rooms.view.TimerView;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

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

    /** A message the server could not act on; the connection stays open. {@code errors} names bad fields, else []. */
    @Serdeable
    record Error(String type, String code, String message, List<FieldError> errors) {
        static Error of(String code, String message) {
            return new Error("error", code, message, List.of());
        }

        static Error invalidFields(List<FieldError> errors) {
            return new Error("error", Problems.VALIDATION_FAILED, errors.stream()
                    .map(error -> error.field() + " " + error.message()).collect(Collectors.joining("; ")) + ".", errors);
        }
    }

    /** The data of {@code room_state}: everything a client shows for a room, as the REST API shapes it. */
    @Serdeable
    record RoomState(RoomView room, TimerView timer, List<ParticipantView> participants) {
    }
}
