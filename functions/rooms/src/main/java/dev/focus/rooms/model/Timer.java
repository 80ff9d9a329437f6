package dev.focus.rooms.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A room's timer, owned by the server. {@code phaseEndsAt} is set only while RUNNING; the time left is always
 * computed from the clock, never counted down in storage. {@code version} grows with every stored change and
 * {@code commandVersion} is the version the host's last command wrote, so a command that raced only the clock
 * can be retried while one that raced another command cannot. {@code writeId} names the write that stored this
 * state: of several writers that computed the same next version, only the winner's wake-ups match it.
 */
public record Timer(TimerStatus status, Phase phase, int cycle, Duration phaseDuration, Instant phaseStartedAt,
                    Instant phaseEndsAt, Duration remaining, long version, long commandVersion, String writeId) {

    public static Timer idle(TimerSettings settings) {
        Duration work = settings.durationOf(Phase.WORK);
        return new Timer(TimerStatus.IDLE, Phase.WORK, 1, work, null, null, work, 0, 0, "");
    }

    public Duration remainingAt(Instant now) {
        if (status != TimerStatus.RUNNING) {
            return remaining;
        }
        Duration left = Duration.between(now, phaseEndsAt);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public boolean isOverdue(Instant now) {
        return status == TimerStatus.RUNNING && !now.isBefore(phaseEndsAt);
    }

    /** Ends every phase whose end has passed, each next phase starting exactly where the previous one ended. */
    public TimerChange.Changed rollForward(TimerSettings settings, Instant now) {
        Timer timer = this;
        var counted = new ArrayList<CountedWork>();
        while (timer.isOverdue(now)) {
            Instant end = timer.phaseEndsAt;
            if (timer.phase == Phase.WORK) {
                counted.add(new CountedWork(timer.cycle, timer.phaseStartedAt, end, timer.phaseDuration));
            }
            timer = timer.next(settings, end);
        }
        return new TimerChange.Changed(timer, counted);
    }

    public TimerChange start(Instant now) {
        return switch (status) {
            case IDLE, COMPLETED -> changed(running(phase, cycle, phaseDuration, now, now.plus(phaseDuration)));
            case PAUSED -> changed(running(phase, cycle, phaseDuration, phaseStartedAt, now.plus(remaining)));
            case RUNNING -> invalid("The timer is already running.");
        };
    }

    public TimerChange pause(Instant now) {
        if (status != TimerStatus.RUNNING) {
            return invalid("Only a running timer can be paused.");
        }
        return changed(new Timer(TimerStatus.PAUSED, phase, cycle, phaseDuration, phaseStartedAt, null,
                remainingAt(now), version, commandVersion, writeId));
    }

    public TimerChange reset(TimerSettings settings) {
        if (status == TimerStatus.IDLE) {
            return invalid("The timer is already reset.");
        }
        return changed(stopped(settings));
    }

    /** Back to the first work phase, not running, keeping the version history. */
    public Timer stopped(TimerSettings settings) {
        Timer idle = idle(settings);
        return new Timer(idle.status, idle.phase, idle.cycle, idle.phaseDuration, null, null, idle.remaining,
                version, commandVersion, writeId);
    }

    /** Ends the current phase without counting it. */
    public TimerChange skip(TimerSettings settings, Instant now) {
        if (status == TimerStatus.IDLE) {
            return invalid("An idle timer has no phase to skip; start it first.");
        }
        return changed(next(settings, now));
    }

    /** Ends the current phase now and counts it. */
    public TimerChange complete(TimerSettings settings, Instant now) {
        if (status != TimerStatus.RUNNING && status != TimerStatus.PAUSED) {
            return invalid("Only a running or paused phase can be completed.");
        }
        List<CountedWork> counted = phase == Phase.WORK
                ? List.of(new CountedWork(cycle, phaseStartedAt, now, phaseDuration.minus(remainingAt(now))))
                : List.of();
        return new TimerChange.Changed(next(settings, now), counted);
    }

    /** The new settings' length for a phase that has not started yet; a started phase keeps the length it began with. */
    public Timer withSettings(TimerSettings settings) {
        if (status != TimerStatus.IDLE && status != TimerStatus.COMPLETED) {
            return this;
        }
        Duration duration = settings.durationOf(phase);
        return new Timer(status, phase, cycle, duration, null, null, duration, version, commandVersion, writeId);
    }

    /** The same state stored as the next version; {@code byCommand} when the host's command caused it. */
    public Timer stored(boolean byCommand) {
        long next = version + 1;
        return new Timer(status, phase, cycle, phaseDuration, phaseStartedAt, phaseEndsAt, remaining, next,
                byCommand ? next : commandVersion, UUID.randomUUID().toString());
    }

    private Timer next(TimerSettings settings, Instant from) {
        Phase nextPhase = settings.next(phase, cycle);
        int nextCycle = settings.cycleAfter(phase, cycle);
        Duration duration = settings.durationOf(nextPhase);
        if (settings.startsBySelf(nextPhase)) {
            return running(nextPhase, nextCycle, duration, from, from.plus(duration));
        }
        return new Timer(TimerStatus.COMPLETED, nextPhase, nextCycle, duration, null, null, duration, version, commandVersion, writeId);
    }

    private Timer running(Phase runningPhase, int runningCycle, Duration duration, Instant startedAt, Instant endsAt) {
        return new Timer(TimerStatus.RUNNING, runningPhase, runningCycle, duration, startedAt, endsAt, duration,
                version, commandVersion, writeId);
    }

    private TimerChange changed(Timer timer) {
        return new TimerChange.Changed(timer, List.of());
    }

    private static TimerChange invalid(String reason) {
        return new TimerChange.InvalidTransition(reason);
    }
}
