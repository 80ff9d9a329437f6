package dev.focus.identity.model;

import java.time.Instant;

/**
 * An admin suspended or reinstated an account. A suspended user's access tokens stay valid until they expire
 * (15 minutes); contexts that hold long-lived sessions (WebSocket connections) end them on this event.
 */
public record AccountStatusChanged(String eventId, Instant occurredAt, String userId, AccountStatus status) {
}
