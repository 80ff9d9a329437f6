package dev.focus.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.focus.resources.QueueDefinition;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * Every queue of {@code FocusResources.queues()} with its dead-letter queue, both FIFO when the definition is
 * (then named with the {@code .fifo} suffix of {@link QueueDefinition#queueName()}). The event sources that feed
 * consumers live with the functions in the {@link ApiStack}: a mapping belongs to its function, and placing
 * it here would make this stack and the api stack reference each other.
 */
public final class AsyncStack extends Stack {

    private final Map<String, FocusQueue> queues = new LinkedHashMap<>();

    private AsyncStack(Construct scope, String id, Builder builder) {
        super(scope, id, StackProps.builder()
                .description("Focus " + builder.config.stage() + ": SQS queues and their dead-letter queues").build());
        for (QueueDefinition definition : builder.queues) {
            queues.put(definition.name(), queue(builder.config, definition));
        }
    }

    public static Builder builder(Construct scope, String id) {
        return new Builder(scope, id);
    }

    public List<FocusQueue> queues() {
        return List.copyOf(queues.values());
    }

    public FocusQueue queue(String name) {
        FocusQueue queue = queues.get(name);
        if (queue == null) {
            throw new IllegalArgumentException("no queue named " + name);
        }
        return queue;
    }

    private FocusQueue queue(StageConfig config, QueueDefinition definition) {
        String id = Names.pascal(definition.name());
        Optional<Queue> deadLetters = Optional.empty();
        var queue = Queue.Builder.create(this, id)
                .queueName(Names.physical(config, definition.queueName()))
                .visibilityTimeout(Duration.seconds(definition.visibilityTimeoutSeconds()))
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true);
        if (definition.fifo()) {
            // Senders give the event id as MessageDeduplicationId: a body hash would drop distinct but equal events.
            queue.fifo(true).contentBasedDeduplication(false);
        }
        if (definition.maxReceiveCount() > 0) {
            var dlq = Queue.Builder.create(this, id + "DeadLetters")
                    .queueName(Names.physical(config, definition.deadLetterQueueName()))
                    .retentionPeriod(Duration.days(14))
                    .encryption(QueueEncryption.SQS_MANAGED)
                    .enforceSsl(true);
            if (definition.fifo()) {
                // SQS redrives a FIFO queue only to a FIFO queue.
                dlq.fifo(true);
            }
            Queue built = dlq.build();
            queue.deadLetterQueue(DeadLetterQueue.builder()
                    .queue(built).maxReceiveCount(definition.maxReceiveCount()).build());
            deadLetters = Optional.of(built);
        }
        return new FocusQueue(definition, queue.build(), deadLetters);
    }

    /** Builds an {@link AsyncStack}; every value is required. */
    public static final class Builder {
        private final Construct scope;
        private final String id;
        private StageConfig config;
        private List<QueueDefinition> queues;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        public Builder config(StageConfig config) {
            this.config = config;
            return this;
        }

        public Builder queues(List<QueueDefinition> queues) {
            this.queues = queues;
            return this;
        }

        public AsyncStack build() {
            Required.present(scope, "AsyncStack", "a scope");
            Required.present(id, "AsyncStack", "an id");
            Required.present(config, "AsyncStack", "a stage config");
            Required.present(queues, "AsyncStack", "the queue definitions");
            return new AsyncStack(scope, id, this);
        }
    }
}
