package dev.focus.rooms.adapter;

import dev.focus.messaging.DomainEvent;
import dev.focus.rooms.model.RoomEvent;
import dev.focus.rooms.view.ParticipantView;
import dev.focus.rooms.view.RoomView;
import dev.focus.rooms.view.TimerView;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Locale;

/**
 * The wire form of a room event on the room-events queue: {event_id, event_type, type, room_id, visibility,
 * occurred_at, data}, {@code data} being the REST shape of what changed: the timer state, the participant, or the
 * room; {@code visibility} ({@code public} or {@code private}) tells the realtime worker whether only the room's
 * participants may receive it.
 */
@Serdeable
record RoomEventMessage(String eventId, String eventType, String type, String roomId, String visibility,
                        Instant occurredAt, Object data) implements DomainEvent {

    static RoomEventMessage of(String eventId, RoomEvent event) {
        Object data = switch (event) {
            case RoomEvent.TimerUpdated e -> TimerView.of(e.room(), e.occurredAt());
            case RoomEvent.ParticipantJoined e -> ParticipantView.of(e.participant(), e.room().isHost(e.participant().userId()));
            case RoomEvent.ParticipantLeft e -> ParticipantView.of(e.participant(), false);
            case RoomEvent.ParticipantStatusChanged e -> ParticipantView.of(e.participant(), e.room().isHost(e.participant().userId()));
            case RoomEvent.RoomUpdated e -> RoomView.of(e.room(), false);
            case RoomEvent.RoomClosed e -> RoomView.of(e.room(), false);
        };
        return new RoomEventMessage(eventId, "RoomEvent", event.type(), event.roomId(),
                event.room().visibility().name().toLowerCase(Locale.ROOT), event.occurredAt(), data);
    }
}
