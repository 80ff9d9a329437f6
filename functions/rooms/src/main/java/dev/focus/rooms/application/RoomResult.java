package dev.focus.rooms.application;

import dev.focus.rooms.model.Room;

/** The answer to a room command; the API maps each refusal to a status and a problem code. */
public sealed interface RoomResult {

    record Done(Room room) implements RoomResult {
    }

    record NotFound() implements RoomResult {
    }

    record NotHost() implements RoomResult {
    }

    record Closed() implements RoomResult {
    }

    record NameTaken() implements RoomResult {
    }

    record TooManyParticipants(int participantCount) implements RoomResult {
    }

    record InvalidTransition(String reason) implements RoomResult {
    }

    /** Another command changed the timer between our read and our write. */
    record Conflict() implements RoomResult {
    }

    /** The room kept changing under several attempts; try again. */
    record Busy() implements RoomResult {
    }
}
