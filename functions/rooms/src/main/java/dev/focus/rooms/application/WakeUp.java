package dev.focus.rooms.application;

import java.time.Instant;

/** Asks the worker to look at a room's timer at {@code fireAt}; {@code version} is the timer version it was scheduled for. */
public record WakeUp(String roomId, long version, Instant fireAt) {
}
