package dev.focus.rooms.model;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static dev.focus.rooms.model.Pomodoro.T0;
import static dev.focus.rooms.model.Pomodoro.minute;
import static dev.focus.rooms.model.Pomodoro.minutes;
import static org.assertj.core.api.Assertions.assertThat;

/** Who earns what from a counted work phase. */
class SessionCreditTest {

    @Test
    @DisplayName("someone there before the work began is credited with all of its focused time")
    void joinedBefore() {
        assertThat(SessionCredit.focusedBy(joinedAt(minute(-30)), fullWork())).isEqualTo(minutes(25));
    }

    @Test
    @DisplayName("someone who joined the moment the work began is credited with all of it")
    void joinedAtTheStart() {
        assertThat(SessionCredit.focusedBy(joinedAt(T0), fullWork())).isEqualTo(minutes(25));
    }

    @Test
    @DisplayName("someone who joined mid-phase is credited only from their arrival to the end")
    void joinedMidPhase() {
        assertThat(SessionCredit.focusedBy(joinedAt(minute(15)), fullWork())).isEqualTo(minutes(10));
    }

    @Test
    @DisplayName("someone who joined mid-phase is never credited with more than the phase's focused time")
    void neverMoreThanFocused() {
        var pausedForHalfAnHour = new CountedWork(1, T0, minute(55), minutes(25));

        assertThat(SessionCredit.focusedBy(joinedAt(minute(5)), pausedForHalfAnHour)).isEqualTo(minutes(25));
    }

    @Test
    @DisplayName("someone who joined during work completed early is credited from their arrival to the early end")
    void joinedBeforeAnEarlyEnd() {
        var completedEarly = new CountedWork(1, T0, minute(10), minutes(10));

        assertThat(SessionCredit.focusedBy(joinedAt(minute(4)), completedEarly)).isEqualTo(minutes(6));
    }

    @Test
    @DisplayName("someone who joined the moment the work ended is credited with nothing")
    void joinedAtTheEnd() {
        assertThat(SessionCredit.focusedBy(joinedAt(minute(25)), fullWork())).isZero();
    }

    @Test
    @DisplayName("someone who joined after the work ended is credited with nothing")
    void joinedAfterTheEnd() {
        assertThat(SessionCredit.focusedBy(joinedAt(minute(40)), fullWork())).isZero();
    }

    @Test
    @DisplayName("work with no recorded start credits everyone there before its end with all of it")
    void unknownStart() {
        var noStart = new CountedWork(1, null, minute(25), minutes(25));

        assertThat(SessionCredit.focusedBy(joinedAt(minute(20)), noStart)).isEqualTo(minutes(25));
    }

    private static CountedWork fullWork() {
        return new CountedWork(1, T0, minute(25), minutes(25));
    }

    private static Participant joinedAt(Instant joined) {
        return new Participant("p-1", "room-1", "user-1", "ada", ParticipantStatus.FOCUSING, joined);
    }
}
