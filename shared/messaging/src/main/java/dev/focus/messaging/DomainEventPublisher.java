package dev.focus.messaging;

/** Sends one domain event to a named queue; returns only once the queue has accepted it. */
public interface DomainEventPublisher {

    /** To a standard queue. */
    void publish(String queueName, DomainEvent event);

    /**
     * To a FIFO queue: events with the same {@code orderingKey} (the SQS message group) are delivered in the order
     * they were sent, one batch at a time; a second send of the same event id within five minutes is dropped.
     */
    void publishInOrder(String queueName, String orderingKey, DomainEvent event);
}
