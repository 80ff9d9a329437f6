package dev.focus.identity.adapter;

import dev.focus.identity.application.AccountEvents;
import dev.focus.identity.model.AccountStatusChanged;
import dev.focus.identity.model.UserDeleted;
import dev.focus.messaging.DomainEventPublisher;
import dev.focus.resources.FocusResources;

import java.util.Locale;

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

    @Override
    public void publish(AccountStatusChanged event) {
        publisher.publish(FocusResources.USER_STATUS.name(), new AccountStatusMessage(event.eventId(), event.occurredAt(),
                event.userId(), event.status().name().toLowerCase(Locale.ROOT), AccountStatusMessage.TYPE));
    }
}
