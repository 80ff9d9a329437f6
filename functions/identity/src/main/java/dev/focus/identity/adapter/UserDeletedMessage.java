package dev.focus.identity.adapter;

import dev.focus.messaging.DomainEvent;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** The wire form of UserDeleted on the user-events queue: {event_id, occurred_at, user_id, event_type}. */
@Serdeable
record UserDeletedMessage(String eventId, Instant occurredAt, String userId, String eventType) implements DomainEvent {

    static final String TYPE = "UserDeleted";
}
