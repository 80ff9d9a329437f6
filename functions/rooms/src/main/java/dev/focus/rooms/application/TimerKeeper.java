package dev.focus.rooms.application;

import dev.focus.rooms.model.Room;
import dev.focus.rooms.model.RoomEvent;
import dev.focus.rooms.model.Timer;
import dev.focus.rooms.model.TimerChange;
import dev.focus.rooms.model.TimerStatus;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stores timer changes the one safe way: the worker's wake-ups are queued first (a wake-up for a write that then
 * loses its race finds nothing to do), then one conditional write on the timer version, then the room event.
 */
public final class TimerKeeper {

    private static final int ATTEMPTS = 5;

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
            wakeUps.add(new WakeUp(before.id(), timer.version(), timer.phaseEndsAt()));
        }
        if (announceLater && !change.counted().isEmpty()) {
            wakeUps.add(new WakeUp(before.id(), timer.version(), clock.instant()));
        }
        if (!wakeUps.isEmpty()) {
            triggers.schedule(wakeUps);
        }
        var pending = new ArrayList<>(before.pendingWork());
        pending.addAll(change.counted());
        Room after = new Room(before.id(), before.name(), before.settings(), before.maxParticipants(), before.visibility(),
                before.inviteCode(), before.hostUserId(), before.participantCount(), before.active(), before.createdAt(),
                before.updatedAt(), timer, pending);
        if (rooms.saveTimer(before, after, change.counted(), host) == Write.CONFLICT) {
            return Optional.empty();
        }
        events.publish(new RoomEvent.TimerUpdated(after, clock.instant()));
        return Optional.of(after);
    }

    /**
     * The room with every overdue phase ended and stored. A reader only rolls the state forward; the worker,
     * woken for the phase end, publishes the counted sessions ({@code announceLater} queues that wake-up at once).
     */
    Room current(Room room, boolean announceLater) {
        Room read = room;
        for (int attempt = 0; attempt < ATTEMPTS && read.timer().isOverdue(clock.instant()); attempt++) {
            TimerChange.Changed rolled = read.timer().rollForward(read.settings(), clock.instant());
            Optional<Room> stored = store(read, rolled, false, Optional.empty(), announceLater);
            if (stored.isPresent()) {
                return stored.get();
            }
            read = rooms.find(room.id()).orElse(read);
        }
        if (read.timer().isOverdue(clock.instant())) {
            // still racing after several attempts: answer the state the clock implies, the next writer stores it
            return read.withTimer(read.timer().rollForward(read.settings(), clock.instant()).timer());
        }
        return read;
    }

}
