package dev.focus.identity.adapter;

import dev.focus.messaging.DomainEvent;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * The wire form of AccountStatusChanged on the user-status queue:
 * {event_id, occurred_at, user_id, status ("suspended" or "active"), event_type}.
 */
@Serdeable
record AccountStatusMessage(String eventId, Instant occurredAt, String userId, String status, String eventType)
        implements DomainEvent {

    static final String TYPE = "AccountStatusChanged";
}
