package dev.focus.infra;

import java.util.Optional;

import dev.focus.resources.QueueDefinition;
import software.amazon.awscdk.services.sqs.Queue;

/** A deployed queue, its definition and, when the definition asks for one, its dead-letter queue. */
public record FocusQueue(QueueDefinition definition, Queue queue, Optional<Queue> deadLetterQueue) {
}
