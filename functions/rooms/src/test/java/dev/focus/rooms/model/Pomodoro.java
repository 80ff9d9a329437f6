package dev.focus.rooms.model;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Timer fixtures on a hand-moved clock: every instant is minutes after {@link #T0}. */
final class Pomodoro {

    static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");

    private Pomodoro() {
    }

    static Instant minute(long minutes) {
        return T0.plus(minutes(minutes));
    }

    static Duration minutes(long minutes) {
        return Duration.ofMinutes(minutes);
    }

    /** The defaults: 25/5/15, a long break every 4th work phase, breaks start by themselves, work waits. */
    static TimerSettings classic() {
        return new TimerSettings(25, 5, 15, 4, true, false);
    }

    static TimerSettings nonStop() {
        return new TimerSettings(25, 5, 15, 4, true, true);
    }

    static TimerSettings handsOn() {
        return new TimerSettings(25, 5, 15, 4, false, false);
    }

    static Timer workStartedAtT0(TimerSettings settings) {
        return timer(Timer.idle(settings).start(T0));
    }

    static Timer pausedAt(TimerSettings settings, long minutes) {
        return timer(workStartedAtT0(settings).pause(minute(minutes)));
    }

    /** Classic settings after the first work phase and its break ended unseen: waiting for work of cycle 2. */
    static Timer completedBeforeSecondWork() {
        return workStartedAtT0(classic()).rollForward(classic(), minute(40)).timer();
    }

    static Timer timer(TimerChange change) {
        return changed(change).timer();
    }

    static TimerChange.Changed changed(TimerChange change) {
        assertThat(change).isInstanceOf(TimerChange.Changed.class);
        return (TimerChange.Changed) change;
    }
}
