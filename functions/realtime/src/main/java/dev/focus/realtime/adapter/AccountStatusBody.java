package dev.focus.realtime.adapter;

import io.micronaut.serde.annotation.Serdeable;

/** An account's new status as identity queues it on user-status: {event_id, user_id, status, ...}. */
@Serdeable
record AccountStatusBody(String eventId, String userId, String status) {

    boolean suspended() {
        return "suspended".equals(status);
    }
}
