package dev.focus.rooms.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long an active room nobody is in stays open for someone to come back. Once the grace is over the room
 * closes, as if its host had closed it; a join before that keeps it open.
 */
public record EmptyRoomGrace(Duration length) {

    public EmptyRoomGrace {
        if (length == null || length.isNegative()) {
            throw new IllegalArgumentException("The empty-room grace must be zero or longer: " + length);
        }
    }

    /** When the room's grace ends; empty while someone is in it, or once it is closed. */
    public Optional<Instant> endOf(RoomListing room) {
        if (!room.active() || room.participantCount() > 0) {
            return Optional.empty();
        }
        return room.emptySince().map(since -> since.plus(length));
    }

    public Optional<Instant> endOf(Room room) {
        return endOf(room.listing());
    }

    public boolean isOver(RoomListing room, Instant now) {
        return endOf(room).filter(end -> !now.isBefore(end)).isPresent();
    }

    public boolean isOver(Room room, Instant now) {
        return isOver(room.listing(), now);
    }
}
