package dev.focus.rooms.model;

import java.time.Instant;

/** What changed in a room, for everyone watching it; {@link #type()} is the name clients switch on. */
public sealed interface RoomEvent {

    /** The room as it is after the change. */
    Room room();

    Instant occurredAt();

    String type();

    default String roomId() {
        return room().id();
    }

    record TimerUpdated(Room room, Instant occurredAt) implements RoomEvent {
        public String type() {
            return "timer_update";
        }
    }

    record ParticipantJoined(Room room, Participant participant, Instant occurredAt) implements RoomEvent {
        public String type() {
            return "participant_joined";
        }
    }

    record ParticipantLeft(Room room, Participant participant, Instant occurredAt) implements RoomEvent {
        public String type() {
            return "participant_left";
        }
    }

    record ParticipantStatusChanged(Room room, Participant participant, Instant occurredAt) implements RoomEvent {
        public String type() {
            return "participant_status";
        }
    }

    record RoomUpdated(Room room, Instant occurredAt) implements RoomEvent {
        public String type() {
            return "room_updated";
        }
    }

    record RoomClosed(Room room, Instant occurredAt) implements RoomEvent {
        public String type() {
            return "room_closed";
        }
    }
}
