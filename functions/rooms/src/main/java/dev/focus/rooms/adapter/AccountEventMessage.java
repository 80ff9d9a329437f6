package dev.focus.rooms.adapter;

import io.micronaut.serde.annotation.Serdeable;

/** What rooms reads of identity's account events on the user-events queue. */
@Serdeable
record AccountEventMessage(String eventId, String eventType, String userId) {

    static final String USER_DELETED = "UserDeleted";
}
