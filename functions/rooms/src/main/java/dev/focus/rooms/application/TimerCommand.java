package dev.focus.rooms.application;

import dev.focus.rooms.model.Timer;
import dev.focus.rooms.model.TimerChange;
import dev.focus.rooms.model.TimerSettings;

import java.time.Instant;

/** The host's buttons. */
public enum TimerCommand {
    START, PAUSE, RESET, SKIP, COMPLETE;

    TimerChange applyTo(Timer timer, TimerSettings settings, Instant now) {
        return switch (this) {
            case START -> timer.start(now);
            case PAUSE -> timer.pause(now);
            case RESET -> timer.reset(settings);
            case SKIP -> timer.skip(settings, now);
            case COMPLETE -> timer.complete(settings, now);
        };
    }
}
