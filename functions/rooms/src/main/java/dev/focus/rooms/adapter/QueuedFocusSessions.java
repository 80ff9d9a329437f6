package dev.focus.rooms.adapter;

import dev.focus.messaging.DomainEventPublisher;
import dev.focus.resources.FocusResources;
import dev.focus.rooms.application.FocusSessions;
import dev.focus.rooms.model.FocusSessionCompleted;

final class QueuedFocusSessions implements FocusSessions {

    private final DomainEventPublisher publisher;

    QueuedFocusSessions(DomainEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void completed(FocusSessionCompleted session) {
        publisher.publish(FocusResources.FOCUS_SESSIONS.name(), FocusSessionCompletedMessage.of(session));
    }
}
