package dev.focus.realtime.adapter;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A message for every connection of one user, as any context queues it on user-pushes:
 * {@code {event_id, type, user_id, data}} with {@code type} e.g. {@code notification} or {@code achievement_unlocked}.
 * The event id reaches the client as {@code id}, so a copy sent again after a failed delivery can be recognised.
 */
@Serdeable
record UserPushBody(String eventId, String type, String userId, JsonNode data) {
}
