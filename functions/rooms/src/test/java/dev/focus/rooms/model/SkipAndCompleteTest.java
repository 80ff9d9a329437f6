package dev.focus.rooms.model;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static dev.focus.rooms.model.Pomodoro.T0;
import static dev.focus.rooms.model.Pomodoro.changed;
import static dev.focus.rooms.model.Pomodoro.classic;
import static dev.focus.rooms.model.Pomodoro.completedBeforeSecondWork;
import static dev.focus.rooms.model.Pomodoro.minute;
import static dev.focus.rooms.model.Pomodoro.minutes;
import static dev.focus.rooms.model.Pomodoro.nonStop;
import static dev.focus.rooms.model.Pomodoro.pausedAt;
import static dev.focus.rooms.model.Pomodoro.timer;
import static dev.focus.rooms.model.Pomodoro.workStartedAtT0;
import static org.assertj.core.api.Assertions.assertThat;

/** The host ending a phase early: skip counts nothing, complete counts the focus so far. */
class SkipAndCompleteTest {

    @Test
    @DisplayName("skipping running work starts the break from now and counts nothing")
    void skipRunningWork() {
        TimerChange.Changed skipped = changed(workStartedAtT0(classic()).skip(classic(), minute(10)));

        assertThat(skipped.counted()).isEmpty();
        assertThat(skipped.timer().status()).isEqualTo(TimerStatus.RUNNING);
        assertThat(skipped.timer().phase()).isEqualTo(Phase.BREAK);
        assertThat(skipped.timer().cycle()).isEqualTo(1);
        assertThat(skipped.timer().phaseStartedAt()).isEqualTo(minute(10));
        assertThat(skipped.timer().phaseEndsAt()).isEqualTo(minute(15));
    }

    @Test
    @DisplayName("skipping paused work starts the break from now and counts nothing")
    void skipPausedWork() {
        TimerChange.Changed skipped = changed(pausedAt(classic(), 10).skip(classic(), minute(40)));

        assertThat(skipped.counted()).isEmpty();
        assertThat(skipped.timer().phase()).isEqualTo(Phase.BREAK);
        assertThat(skipped.timer().phaseStartedAt()).isEqualTo(minute(40));
        assertThat(skipped.timer().phaseEndsAt()).isEqualTo(minute(45));
    }

    @Test
    @DisplayName("skipping a break whose next work does not start by itself leaves the next cycle's work completed with its full length")
    void skipBreakIntoWaitingWork() {
        Timer onBreak = workStartedAtT0(classic()).rollForward(classic(), minute(26)).timer();

        Timer skipped = timer(onBreak.skip(classic(), minute(27)));

        assertThat(skipped.status()).isEqualTo(TimerStatus.COMPLETED);
        assertThat(skipped.phase()).isEqualTo(Phase.WORK);
        assertThat(skipped.cycle()).isEqualTo(2);
        assertThat(skipped.remainingAt(minute(90))).isEqualTo(minutes(25));
        assertThat(skipped.phaseEndsAt()).isNull();
    }

    @Test
    @DisplayName("skipping a completed timer passes over the phase it was waiting for")
    void skipCompleted() {
        TimerChange.Changed skipped = changed(completedBeforeSecondWork().skip(classic(), minute(40)));

        assertThat(skipped.counted()).isEmpty();
        assertThat(skipped.timer().status()).isEqualTo(TimerStatus.RUNNING);
        assertThat(skipped.timer().phase()).isEqualTo(Phase.BREAK);
        assertThat(skipped.timer().cycle()).isEqualTo(2);
        assertThat(skipped.timer().phaseEndsAt()).isEqualTo(minute(45));
    }

    @Test
    @DisplayName("skipping an idle timer is refused")
    void skipIdleRefused() {
        assertThat(Timer.idle(classic()).skip(classic(), T0)).isInstanceOf(TimerChange.InvalidTransition.class);
    }

    @Test
    @DisplayName("completing running work counts the minutes focused so far and starts the break from now")
    void completeRunningWork() {
        TimerChange.Changed completed = changed(workStartedAtT0(classic()).complete(classic(), minute(10)));

        assertThat(completed.counted()).containsExactly(new CountedWork(1, T0, minute(10), minutes(10)));
        assertThat(completed.timer().status()).isEqualTo(TimerStatus.RUNNING);
        assertThat(completed.timer().phase()).isEqualTo(Phase.BREAK);
        assertThat(completed.timer().phaseStartedAt()).isEqualTo(minute(10));
        assertThat(completed.timer().phaseEndsAt()).isEqualTo(minute(15));
    }

    @Test
    @DisplayName("completing paused work counts only the minutes before the pause")
    void completePausedWork() {
        TimerChange.Changed completed = changed(pausedAt(classic(), 10).complete(classic(), minute(60)));

        assertThat(completed.counted()).containsExactly(new CountedWork(1, T0, minute(60), minutes(10)));
        assertThat(completed.timer().phase()).isEqualTo(Phase.BREAK);
        assertThat(completed.timer().phaseEndsAt()).isEqualTo(minute(65));
    }

    @Test
    @DisplayName("completing resumed work counts the focus on both sides of the pause and not the pause")
    void completeResumedWork() {
        Timer resumed = timer(pausedAt(classic(), 10).start(minute(30)));

        TimerChange.Changed completed = changed(resumed.complete(classic(), minute(40)));

        assertThat(completed.counted()).singleElement()
                .satisfies(work -> assertThat(work.focused()).isEqualTo(minutes(20)));
    }

    @Test
    @DisplayName("completing a break counts nothing and moves on to the next cycle's work")
    void completeBreak() {
        Timer onBreak = workStartedAtT0(nonStop()).rollForward(nonStop(), minute(26)).timer();

        TimerChange.Changed completed = changed(onBreak.complete(nonStop(), minute(27)));

        assertThat(completed.counted()).isEmpty();
        assertThat(completed.timer().phase()).isEqualTo(Phase.WORK);
        assertThat(completed.timer().cycle()).isEqualTo(2);
        assertThat(completed.timer().phaseStartedAt()).isEqualTo(minute(27));
    }

    @Test
    @DisplayName("completing work whose break does not start by itself leaves the break completed with its full length")
    void completeIntoWaitingBreak() {
        TimerSettings handsOn = Pomodoro.handsOn();

        Timer completed = timer(workStartedAtT0(handsOn).complete(handsOn, minute(20)));

        assertThat(completed.status()).isEqualTo(TimerStatus.COMPLETED);
        assertThat(completed.phase()).isEqualTo(Phase.BREAK);
        assertThat(completed.remainingAt(minute(90))).isEqualTo(minutes(5));
    }

    @Test
    @DisplayName("completing the fourth work phase early still earns the long break")
    void completeFourthWork() {
        Timer fourthWork = workStartedAtT0(nonStop()).rollForward(nonStop(), minute(100)).timer();

        TimerChange.Changed completed = changed(fourthWork.complete(nonStop(), minute(100)));

        assertThat(completed.counted()).singleElement()
                .satisfies(work -> assertThat(work.cycle()).isEqualTo(4))
                .satisfies(work -> assertThat(work.focused()).isEqualTo(minutes(10)));
        assertThat(completed.timer().phase()).isEqualTo(Phase.LONG_BREAK);
        assertThat(completed.timer().phaseEndsAt()).isEqualTo(minute(115));
    }

    @Test
    @DisplayName("completing an idle timer is refused")
    void completeIdleRefused() {
        assertThat(Timer.idle(classic()).complete(classic(), T0)).isInstanceOf(TimerChange.InvalidTransition.class);
    }

    @Test
    @DisplayName("completing a completed timer is refused: its waiting phase has not begun")
    void completeCompletedRefused() {
        assertThat(completedBeforeSecondWork().complete(classic(), minute(40)))
                .isInstanceOf(TimerChange.InvalidTransition.class);
    }
}
