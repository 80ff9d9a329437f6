package dev.focus.messaging;

/** Sends one domain event to a named queue; returns only once the queue has accepted it. */
public interface DomainEventPublisher {

    void publish(String queueName, DomainEvent event);
}
