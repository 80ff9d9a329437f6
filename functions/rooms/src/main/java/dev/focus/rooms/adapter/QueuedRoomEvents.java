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
 * Room events go to the room-events queue after the write that caused them. A failed send does not undo the
 * command: the change is stored, and clients resynchronise from the room state they fetch on (re)subscribing.
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
            publisher.publish(FocusResources.ROOM_EVENTS.name(), RoomEventMessage.of(ids.newId(), event));
        } catch (MessagingFailure e) {
            LOG.error("Room event {} of room {} was not queued", event.type(), event.roomId(), e);
        }
    }
}
