package dev.focus.realtime.adapter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

/** A room event as the rooms context queues it on room-events: {event_id, type, room_id, visibility, data, ...}. */
@Serdeable
record RoomEventBody(String eventId, String type, String roomId, @Nullable String visibility, JsonNode data) {

    /** Only the participants (and admins) of a private room may receive its events. */
    boolean forParticipantsOnly() {
        return "private".equals(visibility);
    }
}
