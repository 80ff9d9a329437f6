package dev.focus.rooms.model;

import java.time.Duration;

/**
 * Who earns what from a counted work phase: everyone in the room when it ended, for the part of it they were
 * there (someone who joined a minute before the end earns a minute, not the whole phase).
 */
public final class SessionCredit {

    private SessionCredit() {
    }

    public static Duration focusedBy(Participant participant, CountedWork work) {
        if (!participant.joinedAt().isBefore(work.endedAt())) {
            return Duration.ZERO;
        }
        if (work.startedAt() == null || !participant.joinedAt().isAfter(work.startedAt())) {
            return work.focused();
        }
        Duration present = Duration.between(participant.joinedAt(), work.endedAt());
        return present.compareTo(work.focused()) < 0 ? present : work.focused();
    }
}
