package dev.focus.rooms.application;

import dev.focus.rooms.model.CountedWork;
import dev.focus.rooms.model.Room;
import dev.focus.rooms.model.RoomEvent;
import dev.focus.rooms.model.Timer;
import dev.focus.rooms.model.TimerChange;
import dev.focus.rooms.model.TimerStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stores timer changes the one safe way: the worker's wake-ups are queued first (a wake-up for a write that then
 * loses its race finds nothing to do), then one conditional write on the timer version, then the room event.
 */
public final class TimerKeeper {

    private static final int ATTEMPTS = 5;
    /** Work phases one write may count: keeps the update expression far below DynamoDB's 4 KB limit. */
    static final int MAX_COUNTED_PER_WRITE = 50;
    /** An announcement wake-up waits this long, so that it arrives after the write that queued it. */
    static final Duration ANNOUNCE_DELAY = Duration.ofSeconds(1);

    private final RoomStore rooms;
    private final TimerTriggers triggers;
    private final RoomEvents events;
    private final Clock clock;

    public TimerKeeper(RoomStore rooms, TimerTriggers triggers, RoomEvents events, Clock clock) {
        this.rooms = rooms;
        this.triggers = triggers;
        this.events = events;
        this.clock = clock;
    }

    /** The stored room, or empty when the timer changed since {@code before} was read. */
    Optional<Room> store(Room before, TimerChange.Changed change, boolean byCommand, Optional<String> host,
                         boolean announceLater) {
        Timer timer = change.timer().stored(byCommand);
        var wakeUps = new ArrayList<WakeUp>();
        if (timer.status() == TimerStatus.RUNNING) {
            wakeUps.add(new WakeUp(before.id(), timer.version(), timer.writeId(), timer.phaseEndsAt()));
        }
        if (announceLater && !change.counted().isEmpty()) {
            wakeUps.add(new WakeUp(before.id(), timer.version(), timer.writeId(), clock.instant().plus(ANNOUNCE_DELAY)));
        }
        if (!wakeUps.isEmpty()) {
            triggers.schedule(wakeUps);
        }
        var pending = new ArrayList<>(before.pendingWork());
        pending.addAll(change.counted());
        Room after = before.withTimer(timer).withPendingWork(pending);
        if (rooms.saveTimer(before, after, change.counted(), host) == Write.CONFLICT) {
            return Optional.empty();
        }
        events.publish(new RoomEvent.TimerUpdated(after, clock.instant()));
        return Optional.of(after);
    }

    /**
     * The room with every overdue phase ended and stored, at most {@link #MAX_COUNTED_PER_WRITE} counted phases per
     * write, as long as no write conflicts several times in a row. A reader only rolls the state forward; the worker publishes the counted sessions ({@code announceLater}
     * queues that wake-up).
     */
    Room current(Room room, boolean announceLater) {
        Room read = room;
        int conflicts = 0;
        while (read.active() && read.timer().isOverdue(clock.instant()) && conflicts < ATTEMPTS) {
            Optional<Room> stored = store(read, boundedRollForward(read, clock.instant()), false, Optional.empty(),
                    announceLater);
            if (stored.isPresent()) {
                read = stored.get();
            } else {
                conflicts++;
                read = rooms.find(room.id()).orElse(read);
            }
        }
        // still racing after several attempts, the room is returned as stored (a caller that writes counts the
        // overdue phases in its own write; a reader shows them with TimerControl.shown)
        return read;
    }

    private static TimerChange.Changed boundedRollForward(Room room, Instant now) {
        TimerChange.Changed rolled = room.timer().rollForward(room.settings(), now);
        List<CountedWork> counted = rolled.counted();
        if (counted.size() <= MAX_COUNTED_PER_WRITE) {
            return rolled;
        }
        return room.timer().rollForward(room.settings(), counted.get(MAX_COUNTED_PER_WRITE - 1).endedAt());
    }
}
