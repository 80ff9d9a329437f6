package dev.focus.realtime.adapter;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

/** A room event as the rooms context queues it on room-events: {event_id, type, room_id, data, ...}. */
@Serdeable
record RoomEventBody(String eventId, String type, String roomId, JsonNode data) {
}
