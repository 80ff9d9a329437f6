package dev.focus.rooms.model;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.focus.rooms.model.Pomodoro.T0;
import static dev.focus.rooms.model.Pomodoro.changed;
import static dev.focus.rooms.model.Pomodoro.classic;
import static dev.focus.rooms.model.Pomodoro.completedBeforeSecondWork;
import static dev.focus.rooms.model.Pomodoro.handsOn;
import static dev.focus.rooms.model.Pomodoro.minute;
import static dev.focus.rooms.model.Pomodoro.minutes;
import static dev.focus.rooms.model.Pomodoro.pausedAt;
import static dev.focus.rooms.model.Pomodoro.timer;
import static dev.focus.rooms.model.Pomodoro.workStartedAtT0;
import static org.assertj.core.api.Assertions.assertThat;

/** start, pause and reset, their refusals, new settings and storing. */
class TimerCommandsTest {

    @Test
    @DisplayName("a new timer is idle at the first work phase with its full length left")
    void newTimerIsIdle() {
        Timer idle = Timer.idle(classic());

        assertThat(idle.status()).isEqualTo(TimerStatus.IDLE);
        assertThat(idle.phase()).isEqualTo(Phase.WORK);
        assertThat(idle.cycle()).isEqualTo(1);
        assertThat(idle.remainingAt(minute(90))).isEqualTo(minutes(25));
        assertThat(idle.phaseStartedAt()).isNull();
        assertThat(idle.phaseEndsAt()).isNull();
    }

    @Test
    @DisplayName("starting an idle timer runs the first work phase from now for its full length")
    void startIdle() {
        TimerChange.Changed started = changed(Timer.idle(classic()).start(T0));

        assertThat(started.timer().status()).isEqualTo(TimerStatus.RUNNING);
        assertThat(started.timer().phase()).isEqualTo(Phase.WORK);
        assertThat(started.timer().cycle()).isEqualTo(1);
        assertThat(started.timer().phaseStartedAt()).isEqualTo(T0);
        assertThat(started.timer().phaseEndsAt()).isEqualTo(minute(25));
        assertThat(started.counted()).isEmpty();
    }

    @Test
    @DisplayName("a running timer's time left is computed from the clock")
    void remainingFollowsTheClock() {
        Timer running = workStartedAtT0(classic());

        assertThat(running.remainingAt(minute(10))).isEqualTo(minutes(15));
        assertThat(running.remainingAt(minute(24).plusSeconds(30))).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    @DisplayName("the time left never goes below zero, even when nobody rolled the timer past its end")
    void remainingNeverNegative() {
        Timer running = workStartedAtT0(classic());

        assertThat(running.remainingAt(minute(25))).isZero();
        assertThat(running.remainingAt(minute(600))).isZero();
    }

    @Test
    @DisplayName("a running timer is overdue exactly at its phase end and not a moment before")
    void overdueAtTheEnd() {
        Timer running = workStartedAtT0(classic());

        assertThat(running.isOverdue(minute(25).minusMillis(1))).isFalse();
        assertThat(running.isOverdue(minute(25))).isTrue();
    }

    @Test
    @DisplayName("starting a running timer is refused")
    void startRunningRefused() {
        assertThat(workStartedAtT0(classic()).start(minute(3))).isInstanceOf(TimerChange.InvalidTransition.class);
    }

    @Test
    @DisplayName("starting a completed timer runs the stored next phase from now for its full length")
    void startCompleted() {
        Timer started = timer(completedBeforeSecondWork().start(minute(40)));

        assertThat(started.status()).isEqualTo(TimerStatus.RUNNING);
        assertThat(started.phase()).isEqualTo(Phase.WORK);
        assertThat(started.cycle()).isEqualTo(2);
        assertThat(started.phaseStartedAt()).isEqualTo(minute(40));
        assertThat(started.phaseEndsAt()).isEqualTo(minute(65));
    }

    @Test
    @DisplayName("starting a break that waited as completed gives it its full length from now")
    void startCompletedBreak() {
        Timer waitingBreak = workStartedAtT0(handsOn()).rollForward(handsOn(), minute(50)).timer();

        Timer started = timer(waitingBreak.start(minute(50)));

        assertThat(started.phase()).isEqualTo(Phase.BREAK);
        assertThat(started.cycle()).isEqualTo(1);
        assertThat(started.phaseEndsAt()).isEqualTo(minute(55));
    }

    @Test
    @DisplayName("pausing a running timer freezes the time left, however long the pause lasts")
    void pauseFreezes() {
        Timer paused = timer(workStartedAtT0(classic()).pause(minute(10)));

        assertThat(paused.status()).isEqualTo(TimerStatus.PAUSED);
        assertThat(paused.remainingAt(minute(10))).isEqualTo(minutes(15));
        assertThat(paused.remainingAt(minute(180))).isEqualTo(minutes(15));
        assertThat(paused.phaseEndsAt()).isNull();
        assertThat(paused.phaseStartedAt()).isEqualTo(T0);
    }

    @Test
    @DisplayName("resuming a paused timer ends the phase once the time that was left has run")
    void resumeKeepsRemaining() {
        Timer resumed = timer(pausedAt(classic(), 10).start(minute(40)));

        assertThat(resumed.status()).isEqualTo(TimerStatus.RUNNING);
        assertThat(resumed.phaseEndsAt()).isEqualTo(minute(55));
        assertThat(resumed.remainingAt(minute(40))).isEqualTo(minutes(15));
        assertThat(resumed.phaseStartedAt()).as("the phase still began when it first started").isEqualTo(T0);
    }

    @Test
    @DisplayName("pausing an idle timer is refused")
    void pauseIdleRefused() {
        assertThat(Timer.idle(classic()).pause(T0)).isInstanceOf(TimerChange.InvalidTransition.class);
    }

    @Test
    @DisplayName("pausing a paused timer is refused")
    void pausePausedRefused() {
        assertThat(pausedAt(classic(), 10).pause(minute(12))).isInstanceOf(TimerChange.InvalidTransition.class);
    }

    @Test
    @DisplayName("pausing a completed timer is refused")
    void pauseCompletedRefused() {
        assertThat(completedBeforeSecondWork().pause(minute(40))).isInstanceOf(TimerChange.InvalidTransition.class);
    }

    @Test
    @DisplayName("resetting a running timer returns it to idle work of cycle 1 and counts nothing")
    void resetRunning() {
        Timer running = timer(completedBeforeSecondWork().start(minute(40)));

        TimerChange.Changed reset = changed(running.reset(classic()));

        assertIdleAtFirstWork(reset.timer());
        assertThat(reset.counted()).isEmpty();
    }

    @Test
    @DisplayName("resetting a paused timer returns it to idle work of cycle 1")
    void resetPaused() {
        assertIdleAtFirstWork(timer(pausedAt(classic(), 10).reset(classic())));
    }

    @Test
    @DisplayName("resetting a completed timer returns it to idle work of cycle 1")
    void resetCompleted() {
        assertIdleAtFirstWork(timer(completedBeforeSecondWork().reset(classic())));
    }

    @Test
    @DisplayName("resetting an idle timer is refused")
    void resetIdleRefused() {
        assertThat(Timer.idle(classic()).reset(classic())).isInstanceOf(TimerChange.InvalidTransition.class);
    }

    @Test
    @DisplayName("a reset keeps the version history so the next write still races the stored one")
    void resetKeepsVersions() {
        Timer storedRunning = workStartedAtT0(classic()).stored(true).stored(false);

        Timer reset = timer(storedRunning.reset(classic()));

        assertThat(reset.version()).isEqualTo(2);
        assertThat(reset.commandVersion()).isEqualTo(1);
    }

    @Test
    @DisplayName("new settings give an idle timer the new work length")
    void settingsChangeIdle() {
        Timer idle = Timer.idle(classic()).withSettings(new TimerSettings(50, 10, 30, 4, true, false));

        assertThat(idle.status()).isEqualTo(TimerStatus.IDLE);
        assertThat(idle.phaseDuration()).isEqualTo(minutes(50));
        assertThat(idle.remainingAt(T0)).isEqualTo(minutes(50));
    }

    @Test
    @DisplayName("new settings give a completed timer's waiting phase its new length")
    void settingsChangeCompleted() {
        Timer waitingBreak = workStartedAtT0(handsOn()).rollForward(handsOn(), minute(30)).timer();

        Timer changed = waitingBreak.withSettings(new TimerSettings(25, 10, 15, 4, false, false));

        assertThat(changed.status()).isEqualTo(TimerStatus.COMPLETED);
        assertThat(changed.phase()).isEqualTo(Phase.BREAK);
        assertThat(changed.remainingAt(minute(30))).isEqualTo(minutes(10));
        assertThat(timer(changed.start(minute(30))).phaseEndsAt()).isEqualTo(minute(40));
    }

    @Test
    @DisplayName("new settings leave a running phase its length and end; they apply from the next phase")
    void settingsChangeRunning() {
        TimerSettings longer = new TimerSettings(50, 10, 30, 4, true, false);
        Timer running = workStartedAtT0(classic());

        Timer unchanged = running.withSettings(longer);
        Timer nextPhase = unchanged.rollForward(longer, minute(25)).timer();

        assertThat(unchanged).isEqualTo(running);
        assertThat(nextPhase.phaseEndsAt()).isEqualTo(minute(35));
    }

    @Test
    @DisplayName("new settings leave a paused phase the time it had left")
    void settingsChangePaused() {
        Timer paused = pausedAt(classic(), 10);

        assertThat(paused.withSettings(new TimerSettings(50, 10, 30, 4, true, false))).isEqualTo(paused);
    }

    @Test
    @DisplayName("storing a command's result moves both the version and the command version to the next number")
    void storedByCommand() {
        Timer stored = workStartedAtT0(classic()).stored(false).stored(true);

        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.commandVersion()).isEqualTo(2);
    }

    @Test
    @DisplayName("storing a change of the clock moves the version but keeps the last command's version")
    void storedByClock() {
        Timer stored = workStartedAtT0(classic()).stored(true).stored(false).stored(false);

        assertThat(stored.version()).isEqualTo(3);
        assertThat(stored.commandVersion()).isEqualTo(1);
    }

    @Test
    @DisplayName("storing changes nothing but the version numbers and the write's id")
    void storedKeepsState() {
        Timer running = workStartedAtT0(classic());
        Timer stored = running.stored(true);

        assertThat(stored).usingRecursiveComparison().ignoringFields("version", "commandVersion", "writeId").isEqualTo(running);
    }

    @Test
    @DisplayName("every stored write has its own id, even when two writers store the same next version")
    void storedWritesAreToldApart() {
        Timer running = workStartedAtT0(classic());

        assertThat(running.stored(false).writeId()).isNotBlank().isNotEqualTo(running.stored(false).writeId());
    }

    private static void assertIdleAtFirstWork(Timer timer) {
        assertThat(timer.status()).isEqualTo(TimerStatus.IDLE);
        assertThat(timer.phase()).isEqualTo(Phase.WORK);
        assertThat(timer.cycle()).isEqualTo(1);
        assertThat(timer.remainingAt(minute(500))).isEqualTo(minutes(25));
        assertThat(timer.phaseStartedAt()).isNull();
        assertThat(timer.phaseEndsAt()).isNull();
    }
}
