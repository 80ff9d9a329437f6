package dev.focus.rooms.api;

import dev.focus.kernel.api.ProblemException;
import dev.focus.kernel.api.Problems;
import dev.focus.rooms.application.RoomResult;
import dev.focus.rooms.model.Room;

/** The rooms context's problem codes (docs/api.md lists them). */
final class ProblemMapping {

    private ProblemMapping() {
    }

    static ProblemException roomNotFound() {
        return Problems.notFound("ROOM_NOT_FOUND", "No such room.");
    }

    static ProblemException nameTaken() {
        return Problems.conflict("ROOM_NAME_TAKEN", "An active room already has this name.");
    }

    static ProblemException notHost() {
        return Problems.forbidden("NOT_HOST", "Only the room's host can do this.");
    }

    static ProblemException closed() {
        return Problems.conflict("ROOM_CLOSED", "This room is closed.");
    }

    /** The room, or the problem that says why there is none. */
    static Room roomOf(RoomResult result) {
        return switch (result) {
            case RoomResult.Done done -> done.room();
            case RoomResult.NotFound notFound -> throw roomNotFound();
            case RoomResult.NotHost notHost -> throw notHost();
            case RoomResult.Closed c -> throw closed();
            case RoomResult.NameTaken taken -> throw nameTaken();
            case RoomResult.TooManyParticipants too -> throw Problems.conflict("TOO_MANY_PARTICIPANTS",
                    "The room has " + too.participantCount() + " participants; max_participants cannot be lower.");
            case RoomResult.InvalidTransition invalid -> throw Problems.conflict("INVALID_TRANSITION", invalid.reason());
            case RoomResult.Conflict conflict -> throw Problems.conflict("TIMER_CONFLICT",
                    "The timer changed meanwhile (another command won); read it and try again.");
            case RoomResult.Busy busy -> throw Problems.serviceUnavailable("TRY_AGAIN_LATER",
                    "The room is changing too fast right now; try again.", 1);
        };
    }
}
