package dev.focus.rooms.application;

/** Schedules the wake-ups that close empty rooms; returns once the wake-up is durably queued. */
@FunctionalInterface
public interface EmptyRoomTriggers {

    void schedule(EmptyRoomWakeUp wakeUp);
}
