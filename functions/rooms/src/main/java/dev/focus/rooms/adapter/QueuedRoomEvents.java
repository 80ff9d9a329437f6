package dev.focus.rooms.adapter;

import dev.focus.kernel.id.IdGenerator;
import dev.focus.messaging.DomainEventPublisher;
import dev.focus.messaging.MessagingFailure;
import dev.focus.resources.FocusResources;
import dev.focus.rooms.application.RoomEvents;
import dev.focus.rooms.model.RoomEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Room events go to the room-events FIFO queue after the write that caused them, in the room's message group, so
 * the realtime worker posts a room's events in the order they were sent. The send happens before the command
 * answers (the SDK retries it); a send that still fails does not undo the command: the change is stored, the
 * failure is logged with the event, and clients resynchronise from the room state they get on (re)subscribing.
 */
final class QueuedRoomEvents implements RoomEvents {

    private static final Logger LOG = LoggerFactory.getLogger(QueuedRoomEvents.class);

    private final DomainEventPublisher publisher;
    private final IdGenerator ids;

    QueuedRoomEvents(DomainEventPublisher publisher, IdGenerator ids) {
        this.publisher = publisher;
        this.ids = ids;
    }

    @Override
    public void publish(RoomEvent event) {
        try {
            publisher.publishInOrder(FocusResources.ROOM_EVENTS.name(), event.roomId(),
                    RoomEventMessage.of(ids.newId(), event));
        } catch (MessagingFailure e) {
            LOG.error("Room event {} of room {} was not queued", event.type(), event.roomId(), e);
        }
    }
}
