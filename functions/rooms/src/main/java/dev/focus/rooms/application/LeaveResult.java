package dev.focus.rooms.application;

public sealed interface LeaveResult {

    record Left() implements LeaveResult {
    }

    record NotFound() implements LeaveResult {
    }

    /** Only the participant, the room's host or an admin may remove a participant. */
    record NotAllowed() implements LeaveResult {
    }

    /** The room kept changing under several attempts; try again. */
    record Busy() implements LeaveResult {
    }
}
