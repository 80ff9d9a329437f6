package dev.focus.rooms.application;

import dev.focus.rooms.model.CountedWork;
import dev.focus.rooms.model.FocusSessionCompleted;
import dev.focus.rooms.model.Participant;
import dev.focus.rooms.model.Room;
import dev.focus.rooms.model.SessionCredit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The worker's side of the timer: woken at a phase end it rolls the timer forward (the next phase starts exactly
 * at the previous end) and publishes one FocusSessionCompleted per participant present for each counted work
 * phase. Safe to run twice for the same wake-up: the roll-forward is conditional and the events keep their ids.
 */
public final class PhaseEnds {

    /** SQS delays by whole seconds; a wake-up this close to its time waits here rather than in the queue again. */
    static final Duration WAIT_HERE = Duration.ofSeconds(2);
    /** The least focus a participant must have put into a phase for it to count as a session of theirs. */
    static final Duration LEAST_CREDIT = Duration.ofMinutes(1);

    private final RoomStore rooms;
    private final ParticipantStore participants;
    private final TimerKeeper keeper;
    private final TimerTriggers triggers;
    private final FocusSessions sessions;
    private final Clock clock;
    private final Sleeper sleeper;

    public PhaseEnds(RoomStore rooms, ParticipantStore participants, TimerKeeper keeper, TimerTriggers triggers,
                     FocusSessions sessions, Clock clock, Sleeper sleeper) {
        this.rooms = rooms;
        this.participants = participants;
        this.keeper = keeper;
        this.triggers = triggers;
        this.sessions = sessions;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public void wakeUp(WakeUp wakeUp) throws InterruptedException {
        Duration early = Duration.between(clock.instant(), wakeUp.fireAt());
        if (early.isPositive()) {
            Optional<Room> room = rooms.find(wakeUp.roomId());
            if (room.isEmpty() || room.get().timer().version() != wakeUp.version()) {
                return; // the timer changed since: whoever changed it scheduled its own wake-up
            }
            if (early.compareTo(WAIT_HERE) > 0) {
                triggers.schedule(List.of(wakeUp)); // a phase longer than SQS's 15-minute delay: sleep again in the queue
                return;
            }
            sleeper.sleep(early);
        }
        Optional<Room> found = rooms.find(wakeUp.roomId());
        if (found.isEmpty()) {
            return;
        }
        Room room = found.get().active() ? keeper.current(found.get(), false) : found.get();
        announce(room);
    }

    /** Publishes the sessions of every counted work phase the room still holds, then forgets each one. */
    void announce(Room room) {
        if (room.pendingWork().isEmpty()) {
            return;
        }
        List<Participant> present = participants.inRoom(room.id());
        Instant now = clock.instant();
        for (CountedWork work : room.pendingWork()) {
            for (Participant participant : present) {
                Duration focused = SessionCredit.focusedBy(participant, work);
                if (focused.compareTo(LEAST_CREDIT) >= 0) {
                    sessions.completed(new FocusSessionCompleted(
                            SessionEventIds.of(room.id(), participant.userId(), work.endedAt()), now,
                            participant.userId(), room.id(), (int) focused.toMinutes(), focused.toSeconds(),
                            work.startedAt(), work.endedAt()));
                }
            }
            rooms.announced(room.id(), work);
        }
    }
}
