package dev.focus.rooms.application;

import java.util.List;

/** Schedules wake-ups of the phase-end worker; returns once they are durably queued. */
public interface TimerTriggers {

    void schedule(List<WakeUp> wakeUps);
}
