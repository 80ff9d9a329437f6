package dev.focus.identity.adapter;

import dev.focus.identity.application.AccountEvents;
import dev.focus.identity.model.UserDeleted;
import dev.focus.messaging.DomainEventPublisher;
import dev.focus.resources.FocusResources;

final class QueuedAccountEvents implements AccountEvents {

    private final DomainEventPublisher publisher;

    QueuedAccountEvents(DomainEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void publish(UserDeleted event) {
        publisher.publish(FocusResources.USER_EVENTS.name(),
                new UserDeletedMessage(event.eventId(), event.occurredAt(), event.userId(), UserDeletedMessage.TYPE));
    }
}
