package dev.focus.rooms.application;

import dev.focus.rooms.model.Room;
import dev.focus.rooms.model.RoomEvent;
import dev.focus.rooms.model.Timer;
import dev.focus.rooms.model.TimerStatus;

import java.time.Clock;
import java.util.Optional;

/**
 * Closes a room, whoever asks (its host, an admin, or the end of an empty room's grace): ended phases are rolled
 * forward and kept for crediting, the running one stops uncounted, one conditional write closes the room and
 * frees its name, then everyone watching hears {@code room_closed}.
 */
public final class RoomCloser {

    private final RoomStore rooms;
    private final TimerKeeper keeper;
    private final RoomEvents events;
    private final Clock clock;

    public RoomCloser(RoomStore rooms, TimerKeeper keeper, RoomEvents events, Clock clock) {
        this.rooms = rooms;
        this.keeper = keeper;
        this.events = events;
        this.clock = clock;
    }

    /** The closed room, or empty when it changed since it was read (the caller reads again). */
    Optional<Room> close(Room read) {
        return close(read, false);
    }

    /** As {@link #close}, but only if the room is still empty since the instant {@code read} has. */
    Optional<Room> closeEmpty(Room read) {
        return close(read, true);
    }

    private Optional<Room> close(Room read, boolean onlyWhileEmpty) {
        // phases that have ended still count; the one cut short by closing does not
        Room room = keeper.current(read, true);
        Timer timer = room.timer().status() == TimerStatus.IDLE ? room.timer() : room.timer().stopped(room.settings()).stored(true);
        Room after = new Room(room.id(), room.name(), room.settings(), room.maxParticipants(), room.visibility(),
                room.inviteCode(), room.hostUserId(), room.participantCount(), false, room.createdAt(),
                clock.instant(), timer, room.pendingWork(), room.emptySince());
        Write write = onlyWhileEmpty ? rooms.closeEmpty(room, after) : rooms.close(room, after);
        if (write == Write.CONFLICT) {
            return Optional.empty();
        }
        events.publish(new RoomEvent.RoomClosed(after, clock.instant()));
        return Optional.of(after);
    }
}
