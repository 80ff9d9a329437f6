package dev.focus.rooms.adapter;

import dev.focus.messaging.DomainEvent;
import dev.focus.rooms.model.FocusSessionCompleted;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** The wire form on the focus-sessions queue; {@code event_id} repeats when a publication is retried. */
@Serdeable
record FocusSessionCompletedMessage(String eventId, String eventType, Instant occurredAt, String userId, String roomId,
                                    int minutes, long focusedSeconds, Instant startedAt, Instant endedAt)
        implements DomainEvent {

    static final String TYPE = "FocusSessionCompleted";

    static FocusSessionCompletedMessage of(FocusSessionCompleted session) {
        return new FocusSessionCompletedMessage(session.eventId(), TYPE, session.occurredAt(), session.userId(),
                session.roomId(), session.minutes(), session.focusedSeconds(), session.startedAt(), session.endedAt());
    }
}
