package dev.focus.rooms.application;

import dev.focus.rooms.model.EmptyRoomGrace;
import dev.focus.rooms.model.Room;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A room left with nobody in it closes when its grace is over. The write that empties the room stores when
 * ({@code emptySince}) and is preceded by a wake-up at the grace's end (decision 0004's order: a wake-up whose
 * write then lost finds nothing to do). Whoever looks at the room after that end, the worker or any reader,
 * closes it, conditionally on it being empty since the same instant: a join in between keeps it open, and a
 * redelivered wake-up finds it closed and changes nothing.
 */
public final class EmptyRooms {

    private static final int ATTEMPTS = 5;

    private final RoomStore rooms;
    private final RoomCloser closer;
    private final EmptyRoomTriggers triggers;
    private final EmptyRoomGrace grace;
    private final Clock clock;
    private final Sleeper sleeper;

    public EmptyRooms(RoomStore rooms, RoomCloser closer, EmptyRoomTriggers triggers, EmptyRoomGrace grace, Clock clock,
                      Sleeper sleeper) {
        this.rooms = rooms;
        this.closer = closer;
        this.triggers = triggers;
        this.grace = grace;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Queues the close of a room about to be emptied; called before the write that empties it. */
    void emptying(String roomId, Instant emptySince) {
        triggers.schedule(new EmptyRoomWakeUp(roomId, emptySince, emptySince.plus(grace.length())));
    }

    /** The room as it is now: closed, and stored so, once it has been empty for the whole grace. */
    Room current(Room room) {
        Room read = room;
        for (int attempt = 0; attempt < ATTEMPTS && grace.isOver(read, clock.instant()); attempt++) {
            Optional<Room> closed = closer.closeEmpty(read);
            if (closed.isPresent()) {
                return closed.get();
            }
            // someone joined, someone else closed it, or a transaction got in the way: look again
            read = rooms.find(room.id()).orElse(read);
        }
        return read;
    }

    /**
     * Whether the room holding this name was left empty past its grace and is closed now, so the name is free.
     * The listing hides such a room, so nobody may read it and close it; whoever wants its name closes it instead.
     */
    boolean freedName(String name) {
        return rooms.nameHolder(name).flatMap(rooms::find).map(this::current).filter(room -> !room.active()).isPresent();
    }

    public void wakeUp(EmptyRoomWakeUp wakeUp) throws InterruptedException {
        Optional<Room> found = rooms.find(wakeUp.roomId()).filter(room -> isStillEmptySince(room, wakeUp));
        Optional<Instant> end = found.flatMap(grace::endOf);
        if (end.isEmpty()) {
            return; // closed, joined since, or emptied again later by a leave that queued its own wake-up
        }
        Duration early = Duration.between(clock.instant(), end.get());
        if (early.compareTo(PhaseEnds.WAIT_HERE) > 0) {
            // a grace longer than SQS's 15-minute delay (or one lengthened since): sleep again in the queue
            triggers.schedule(new EmptyRoomWakeUp(wakeUp.roomId(), wakeUp.emptySince(), end.get()));
            return;
        }
        if (early.isPositive()) {
            sleeper.sleep(early);
        }
        Room room = current(rooms.find(wakeUp.roomId()).orElseThrow());
        if (grace.isOver(room, clock.instant())) {
            throw new IllegalStateException("Room " + room.id() + " kept changing while closing it for being empty");
        }
    }

    private static boolean isStillEmptySince(Room room, EmptyRoomWakeUp wakeUp) {
        return room.emptySince().filter(wakeUp.emptySince()::equals).isPresent();
    }
}
