package dev.focus.rooms.model;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.focus.rooms.model.Pomodoro.T0;
import static dev.focus.rooms.model.Pomodoro.classic;
import static dev.focus.rooms.model.Pomodoro.completedBeforeSecondWork;
import static dev.focus.rooms.model.Pomodoro.handsOn;
import static dev.focus.rooms.model.Pomodoro.minute;
import static dev.focus.rooms.model.Pomodoro.minutes;
import static dev.focus.rooms.model.Pomodoro.nonStop;
import static dev.focus.rooms.model.Pomodoro.pausedAt;
import static dev.focus.rooms.model.Pomodoro.timer;
import static dev.focus.rooms.model.Pomodoro.workStartedAtT0;
import static org.assertj.core.api.Assertions.assertThat;

/** Phases end by the clock, whether or not anybody looks: every read rolls the timer forward first. */
class TimerRollForwardTest {

    @Test
    @DisplayName("before its end a running phase rolls forward to itself and counts nothing")
    void nothingBeforeTheEnd() {
        Timer running = workStartedAtT0(classic());

        TimerChange.Changed rolled = running.rollForward(classic(), minute(25).minusMillis(1));

        assertThat(rolled.timer()).isEqualTo(running);
        assertThat(rolled.counted()).isEmpty();
    }

    @Test
    @DisplayName("idle, paused and completed timers stay as they are however late they are read")
    void stoppedTimersDoNotRoll() {
        for (Timer stopped : List.of(Timer.idle(classic()), pausedAt(classic(), 10), completedBeforeSecondWork())) {
            TimerChange.Changed rolled = stopped.rollForward(classic(), minute(10_000));

            assertThat(rolled.timer()).isEqualTo(stopped);
            assertThat(rolled.counted()).isEmpty();
        }
    }

    @Test
    @DisplayName("the break starts exactly where the work ended, not when someone happened to look")
    void breakStartsAtTheWorkEnd() {
        Timer onBreak = workStartedAtT0(classic()).rollForward(classic(), minute(27)).timer();

        assertThat(onBreak.status()).isEqualTo(TimerStatus.RUNNING);
        assertThat(onBreak.phase()).isEqualTo(Phase.BREAK);
        assertThat(onBreak.phaseStartedAt()).isEqualTo(minute(25));
        assertThat(onBreak.phaseEndsAt()).isEqualTo(minute(30));
        assertThat(onBreak.remainingAt(minute(27))).isEqualTo(minutes(3));
    }

    @Test
    @DisplayName("a work phase that ran to its end is counted once with its cycle, start, end and full length")
    void workEndCounted() {
        TimerChange.Changed rolled = workStartedAtT0(classic()).rollForward(classic(), minute(25));

        assertThat(rolled.counted()).containsExactly(new CountedWork(1, T0, minute(25), minutes(25)));
    }

    @Test
    @DisplayName("a break that runs to its end is not counted")
    void breakEndNotCounted() {
        Timer onBreak = workStartedAtT0(nonStop()).rollForward(nonStop(), minute(26)).timer();

        TimerChange.Changed rolled = onBreak.rollForward(nonStop(), minute(31));

        assertThat(rolled.counted()).isEmpty();
        assertThat(rolled.timer().phase()).isEqualTo(Phase.WORK);
        assertThat(rolled.timer().cycle()).isEqualTo(2);
    }

    @Test
    @DisplayName("rolling forward twice at the same instant counts each ended work phase only once")
    void rollingIsIdempotent() {
        Timer rolled = workStartedAtT0(nonStop()).rollForward(nonStop(), minute(60)).timer();

        assertThat(rolled.rollForward(nonStop(), minute(60)).counted()).isEmpty();
    }

    @Test
    @DisplayName("rolling forward leaves the version numbers to whoever stores the result")
    void rollingKeepsVersions() {
        Timer stored = workStartedAtT0(nonStop()).stored(true);

        Timer rolled = stored.rollForward(nonStop(), minute(300)).timer();

        assertThat(rolled.version()).isEqualTo(1);
        assertThat(rolled.commandVersion()).isEqualTo(1);
    }

    @Test
    @DisplayName("work whose break does not start by itself ends in a completed break with its full length, however late it is read")
    void waitingBreak() {
        TimerChange.Changed rolled = workStartedAtT0(handsOn()).rollForward(handsOn(), minute(300));

        assertThat(rolled.timer().status()).isEqualTo(TimerStatus.COMPLETED);
        assertThat(rolled.timer().phase()).isEqualTo(Phase.BREAK);
        assertThat(rolled.timer().cycle()).isEqualTo(1);
        assertThat(rolled.timer().remainingAt(minute(300))).isEqualTo(minutes(5));
        assertThat(rolled.counted()).hasSize(1);
    }

    @Test
    @DisplayName("nothing ends while paused, even past the moment the phase would have ended")
    void pauseSpansTheEnd() {
        Timer paused = pausedAt(classic(), 20);

        TimerChange.Changed rolled = paused.rollForward(classic(), minute(60));

        assertThat(rolled.timer()).isEqualTo(paused);
        assertThat(rolled.counted()).isEmpty();
        assertThat(rolled.timer().remainingAt(minute(60))).isEqualTo(minutes(5));
    }

    @Test
    @DisplayName("work resumed after a long pause ends when the time it had left has run, counted with its full length")
    void resumedAfterTheWouldBeEnd() {
        Timer resumed = timer(pausedAt(classic(), 20).start(minute(60)));

        TimerChange.Changed rolled = resumed.rollForward(classic(), minute(65));

        assertThat(resumed.remainingAt(minute(60))).isEqualTo(minutes(5));
        assertThat(rolled.counted()).containsExactly(new CountedWork(1, T0, minute(65), minutes(25)));
        assertThat(rolled.timer().phase()).isEqualTo(Phase.BREAK);
        assertThat(rolled.timer().phaseStartedAt()).isEqualTo(minute(65));
    }

    @Test
    @DisplayName("the first three work phases end in five-minute breaks of their own cycle")
    void shortBreaks() {
        Timer started = workStartedAtT0(nonStop());

        for (int cycle = 1; cycle <= 3; cycle++) {
            Instant workEnd = minute(30L * cycle - 5);
            Timer onBreak = started.rollForward(nonStop(), workEnd).timer();

            assertThat(onBreak.phase()).isEqualTo(Phase.BREAK);
            assertThat(onBreak.cycle()).isEqualTo(cycle);
            assertThat(onBreak.phaseEndsAt()).isEqualTo(workEnd.plus(minutes(5)));
        }
    }

    @Test
    @DisplayName("the fourth work phase ends in a fifteen-minute long break of cycle 4")
    void longBreakAfterTheFourthWork() {
        Timer longBreak = workStartedAtT0(nonStop()).rollForward(nonStop(), minute(120)).timer();

        assertThat(longBreak.phase()).isEqualTo(Phase.LONG_BREAK);
        assertThat(longBreak.cycle()).isEqualTo(4);
        assertThat(longBreak.phaseStartedAt()).isEqualTo(minute(115));
        assertThat(longBreak.remainingAt(minute(120))).isEqualTo(minutes(10));
    }

    @Test
    @DisplayName("after the long break the numbering goes on with the work of cycle 5")
    void cycleFiveAfterTheLongBreak() {
        Timer fifthWork = workStartedAtT0(nonStop()).rollForward(nonStop(), minute(130)).timer();

        assertThat(fifthWork.phase()).isEqualTo(Phase.WORK);
        assertThat(fifthWork.cycle()).isEqualTo(5);
        assertThat(fifthWork.phaseStartedAt()).isEqualTo(minute(130));
    }

    @Test
    @DisplayName("the eighth work phase earns the next long break")
    void longBreakAfterTheEighthWork() {
        Timer longBreak = workStartedAtT0(nonStop()).rollForward(nonStop(), minute(245)).timer();

        assertThat(longBreak.phase()).isEqualTo(Phase.LONG_BREAK);
        assertThat(longBreak.cycle()).isEqualTo(8);
        assertThat(longBreak.phaseEndsAt()).isEqualTo(minute(260));
    }

    @Test
    @DisplayName("a room that wants a long break every second work phase gets one after cycle 2")
    void roomsOwnRhythm() {
        TimerSettings everySecond = new TimerSettings(25, 5, 20, 2, true, true);

        Timer longBreak = workStartedAtT0(everySecond).rollForward(everySecond, minute(55)).timer();

        assertThat(longBreak.phase()).isEqualTo(Phase.LONG_BREAK);
        assertThat(longBreak.cycle()).isEqualTo(2);
        assertThat(longBreak.phaseEndsAt()).isEqualTo(minute(75));
    }

    @Test
    @DisplayName("with both auto-starts on, a timer unread for five hours is in the tenth work phase with the clock's time left")
    void unreadForHours() {
        Timer now = workStartedAtT0(nonStop()).rollForward(nonStop(), minute(300)).timer();

        assertThat(now.status()).isEqualTo(TimerStatus.RUNNING);
        assertThat(now.phase()).isEqualTo(Phase.WORK);
        assertThat(now.cycle()).isEqualTo(10);
        assertThat(now.phaseStartedAt()).isEqualTo(minute(290));
        assertThat(now.remainingAt(minute(300))).isEqualTo(minutes(15));
    }

    @Test
    @DisplayName("a timer unread for five hours counts each of the nine ended work phases once, in order")
    void unreadForHoursCountsEachWorkOnce() {
        List<CountedWork> counted = workStartedAtT0(nonStop()).rollForward(nonStop(), minute(300)).counted();

        assertThat(counted).extracting(CountedWork::cycle).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(counted).extracting(CountedWork::startedAt)
                .containsExactly(T0, minute(30), minute(60), minute(90), minute(130), minute(160), minute(190),
                        minute(220), minute(260));
        assertThat(counted).allSatisfy(work -> {
            assertThat(work.focused()).isEqualTo(minutes(25));
            assertThat(work.endedAt()).isEqualTo(work.startedAt().plus(minutes(25)));
        });
    }

    @Test
    @DisplayName("phases rolled forward in one go chain end to start, with long breaks after cycles 4 and 8")
    void unreadPhasesChain() {
        List<CountedWork> counted = workStartedAtT0(nonStop()).rollForward(nonStop(), minute(300)).counted();

        for (int i = 1; i < counted.size(); i++) {
            CountedWork before = counted.get(i - 1);
            Duration breakBetween = before.cycle() % 4 == 0 ? minutes(15) : minutes(5);

            assertThat(counted.get(i).startedAt()).isEqualTo(before.endedAt().plus(breakBetween));
        }
    }

    @Test
    @DisplayName("one late read ends where reads at every minute would have ended, counting the same work")
    void oneReadEqualsManyReads() {
        Timer watched = workStartedAtT0(nonStop());
        var countedWhileWatched = new ArrayList<CountedWork>();
        for (int minute = 1; minute <= 300; minute++) {
            TimerChange.Changed rolled = watched.rollForward(nonStop(), minute(minute));
            watched = rolled.timer();
            countedWhileWatched.addAll(rolled.counted());
        }

        TimerChange.Changed unwatched = workStartedAtT0(nonStop()).rollForward(nonStop(), minute(300));

        assertThat(unwatched.timer()).isEqualTo(watched);
        assertThat(unwatched.counted()).isEqualTo(countedWhileWatched);
    }

    @Test
    @DisplayName("with work not starting by itself, a timer unread for hours waits completed at the next work with its full length")
    void unreadForHoursStopsAtWork() {
        TimerChange.Changed rolled = workStartedAtT0(classic()).rollForward(classic(), minute(300));

        assertThat(rolled.timer().status()).isEqualTo(TimerStatus.COMPLETED);
        assertThat(rolled.timer().phase()).isEqualTo(Phase.WORK);
        assertThat(rolled.timer().cycle()).isEqualTo(2);
        assertThat(rolled.timer().remainingAt(minute(300))).isEqualTo(minutes(25));
        assertThat(rolled.counted()).containsExactly(new CountedWork(1, T0, minute(25), minutes(25)));
    }

    @Test
    @DisplayName("a command after an unseen phase end applies to the phase the clock says is running")
    void commandAfterUnseenEnd() {
        TimerChange.Changed rolled = workStartedAtT0(classic()).rollForward(classic(), minute(27));

        Timer paused = timer(rolled.timer().pause(minute(27)));

        assertThat(rolled.counted()).hasSize(1);
        assertThat(paused.phase()).isEqualTo(Phase.BREAK);
        assertThat(paused.remainingAt(minute(27))).isEqualTo(minutes(3));
    }
}
