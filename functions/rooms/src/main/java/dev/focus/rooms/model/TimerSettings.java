package dev.focus.rooms.model;

import java.time.Duration;

/** How a room's pomodoro runs: phase lengths in whole minutes, the long-break rhythm and which phases start by themselves. */
public record TimerSettings(int workMinutes, int breakMinutes, int longBreakMinutes, int longBreakEvery,
                            boolean autoStartBreak, boolean autoStartWork) {

    public Duration durationOf(Phase phase) {
        return Duration.ofMinutes(switch (phase) {
            case WORK -> workMinutes;
            case BREAK -> breakMinutes;
            case LONG_BREAK -> longBreakMinutes;
        });
    }

    /** The phase after {@code phase} in work cycle {@code cycle}: every {@code longBreakEvery}-th work phase earns a long break. */
    public Phase next(Phase phase, int cycle) {
        if (phase.isBreak()) {
            return Phase.WORK;
        }
        return cycle % longBreakEvery == 0 ? Phase.LONG_BREAK : Phase.BREAK;
    }

    /** A new work cycle begins after each break. */
    public int cycleAfter(Phase phase, int cycle) {
        return phase.isBreak() ? cycle + 1 : cycle;
    }

    public boolean startsBySelf(Phase phase) {
        return phase.isBreak() ? autoStartBreak : autoStartWork;
    }
}
