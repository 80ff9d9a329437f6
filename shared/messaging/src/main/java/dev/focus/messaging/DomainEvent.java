package dev.focus.messaging;

import java.time.Instant;

/** What every published event carries; implementations are @Serdeable records. */
public interface DomainEvent {

    String eventId();

    Instant occurredAt();

    /** The stable name consumers switch on, e.g. {@code UserDeleted}. */
    String eventType();
}
