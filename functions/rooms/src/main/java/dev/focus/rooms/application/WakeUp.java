package dev.focus.rooms.application;

import java.time.Instant;

/**
 * Asks the worker to look at a room's timer at {@code fireAt}. {@code version} and {@code writeId} are those of the
 * write that queued it: only that write's wake-up ends its phase, so duplicates from writers that lost die out.
 */
public record WakeUp(String roomId, long version, String writeId, Instant fireAt) {
}
