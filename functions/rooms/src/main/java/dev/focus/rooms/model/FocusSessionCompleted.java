package dev.focus.rooms.model;

import java.time.Instant;

/**
 * One participant's counted work phase. {@code eventId} is derived from room, phase end and user, so a retried
 * publication carries the same id and consumers can drop the duplicate.
 */
public record FocusSessionCompleted(String eventId, Instant occurredAt, String userId, String roomId, int minutes,
                                    long focusedSeconds, Instant startedAt, Instant endedAt) {
}
