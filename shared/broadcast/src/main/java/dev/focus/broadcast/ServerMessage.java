package dev.focus.broadcast;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * What a client receives: {@code {type, id, room_id, data, seq, sent_at}}. Room events carry their room and their
 * {@code seq} (one more than the room's previous event); per-user messages carry neither. {@code id} is the event's
 * id: a message sent again after a failed delivery has the same one.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServerMessage(String type, @Nullable String id, @Nullable String roomId, @Nullable Object data,
                            @Nullable Long seq, Instant sentAt) {

    /** A message that answers the client itself (not an event): no id, no seq. */
    public static ServerMessage reply(String type, String roomId, @Nullable Object data, @Nullable Long seq, Instant sentAt) {
        return new ServerMessage(type, null, roomId, data, seq, sentAt);
    }
}
