package dev.focus.rooms.application;

import dev.focus.rooms.model.CountedWork;
import dev.focus.rooms.model.FocusSessionCompleted;
import dev.focus.rooms.model.Participant;
import dev.focus.rooms.model.SessionCredit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Publishes what counted work phases earned: one FocusSessionCompleted per participant and phase, at least a minute. */
public final class SessionCredits {

    /** The least focus a participant must have put into a phase for it to count as a session of theirs. */
    static final Duration LEAST_CREDIT = Duration.ofMinutes(1);

    private final FocusSessions sessions;
    private final Clock clock;

    public SessionCredits(FocusSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    void publish(String roomId, CountedWork work, List<Participant> participants) {
        Instant now = clock.instant();
        for (Participant participant : participants) {
            Duration focused = SessionCredit.focusedBy(participant, work);
            if (focused.compareTo(LEAST_CREDIT) >= 0) {
                sessions.completed(new FocusSessionCompleted(
                        SessionEventIds.of(roomId, participant.userId(), work.endedAt()), now, participant.userId(),
                        roomId, (int) focused.toMinutes(), focused.toSeconds(), work.startedAt(), work.endedAt()));
            }
        }
    }
}
