package dev.focus.broadcast;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * What a client receives: {@code {type, room_id, data, seq, sent_at}}. Room events carry their room and their
 * {@code seq} (one more than the room's previous event); per-user messages carry neither.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServerMessage(String type, @Nullable String roomId, @Nullable Object data, @Nullable Long seq,
                            Instant sentAt) {
}
