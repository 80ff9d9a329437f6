package dev.focus.rooms.application;


public sealed interface JoinResult {

    record Joined(Member member) implements JoinResult {
    }

    record AlreadyJoined(Member member) implements JoinResult {
    }

    record RoomFull() implements JoinResult {
    }

    record RoomClosed() implements JoinResult {
    }

    record RoomNotFound() implements JoinResult {
    }

    record WrongInviteCode() implements JoinResult {
    }

    /** Too many people joined and left at once for a seat to be settled; try again. */
    record Busy() implements JoinResult {
    }
}
