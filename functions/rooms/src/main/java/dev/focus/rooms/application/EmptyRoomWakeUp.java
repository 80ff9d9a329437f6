package dev.focus.rooms.application;

import java.time.Instant;

/**
 * Asks the worker to close a room at {@code fireAt}, the end of its grace, if it is still empty since
 * {@code emptySince}: a join in between, or a later emptying (which queued its own), makes it a no-op.
 */
public record EmptyRoomWakeUp(String roomId, Instant emptySince, Instant fireAt) {
}
