package dev.focus.rooms.application;

import dev.focus.rooms.model.CountedWork;
import dev.focus.rooms.model.Participant;
import dev.focus.rooms.model.Room;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The worker's side of the timer: woken at a phase end by the write that started the phase, it rolls the timer
 * forward (the next phase starts exactly at the previous end) and publishes the sessions of every counted work
 * phase the room holds. Safe to run twice for one wake-up: the roll-forward is conditional, the events keep their
 * ids. A wake-up of a write that lost its race, or of a state changed since, only publishes what is pending.
 */
public final class PhaseEnds {

    /** SQS delays by whole seconds; a wake-up this close to its time waits here rather than in the queue again. */
    static final Duration WAIT_HERE = Duration.ofSeconds(2);
    /** How long a wake-up waits for the write that queued it; a write that lost its race never lands. */
    static final Duration WRITE_LANDS_WITHIN = Duration.ofSeconds(30);

    private final RoomStore rooms;
    private final ParticipantStore participants;
    private final TimerKeeper keeper;
    private final TimerTriggers triggers;
    private final SessionCredits credits;
    private final Clock clock;
    private final Sleeper sleeper;

    public PhaseEnds(RoomStore rooms, ParticipantStore participants, TimerKeeper keeper, TimerTriggers triggers,
                     SessionCredits credits, Clock clock, Sleeper sleeper) {
        this.rooms = rooms;
        this.participants = participants;
        this.keeper = keeper;
        this.triggers = triggers;
        this.credits = credits;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public void wakeUp(WakeUp wakeUp) throws InterruptedException {
        Duration early = Duration.between(clock.instant(), wakeUp.fireAt());
        if (early.compareTo(WAIT_HERE) > 0) {
            Optional<Room> room = rooms.find(wakeUp.roomId());
            if (room.isPresent() && isFrom(wakeUp, room.get())) {
                triggers.schedule(List.of(wakeUp)); // a phase longer than SQS's 15-minute delay: sleep again in the queue
            }
            return; // otherwise the timer changed since, and whoever changed it queued its own wake-up
        }
        if (early.isPositive()) {
            sleeper.sleep(early);
        }
        Optional<Room> found = rooms.find(wakeUp.roomId());
        if (found.isEmpty()) {
            return;
        }
        Room room = found.get();
        if (wakeUp.version() > room.timer().version()) {
            // the write that queued this wake-up has not landed yet: look again shortly, for a while
            if (Duration.between(wakeUp.fireAt(), clock.instant()).compareTo(WRITE_LANDS_WITHIN) < 0) {
                triggers.retry(wakeUp, Duration.ofSeconds(1));
            }
            return;
        }
        if (isFrom(wakeUp, room) && room.timer().isOverdue(clock.instant())) {
            room = keeper.current(room, false);
        }
        announce(room);
    }

    private static boolean isFrom(WakeUp wakeUp, Room room) {
        return room.timer().writeId().equals(wakeUp.writeId());
    }

    /** Publishes the sessions of every counted work phase the room still holds, then forgets each one. */
    void announce(Room room) {
        if (room.pendingWork().isEmpty()) {
            return;
        }
        List<Participant> present = participants.inRoom(room.id());
        for (CountedWork work : room.pendingWork()) {
            credits.publish(room.id(), work, present);
            rooms.announced(room.id(), work);
        }
    }
}
