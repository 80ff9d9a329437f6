package dev.focus.identity.model;

import java.time.Instant;

/** An account is gone; other contexts drop what they hold about {@code userId}. */
public record UserDeleted(String eventId, Instant occurredAt, String userId) {
}
