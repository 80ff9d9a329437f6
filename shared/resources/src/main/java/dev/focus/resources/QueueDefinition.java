package dev.focus.resources;

import java.util.Optional;

/**
 * An SQS queue and, when {@code maxReceiveCount} is set, its dead-letter queue. {@link #name()} is the logical
 * name settings and code use ({@code room-events}); {@link #queueName()} is the name SQS knows, which for a FIFO
 * queue must end in {@code .fifo}. {@code consumer} names the function whose handler Lambda's event source feeds
 * from this queue, if any. A FIFO queue delivers the messages of one message group in order, one batch at a time.
 */
public record QueueDefinition(String name, int visibilityTimeoutSeconds, int maxReceiveCount, int batchSize,
                              Optional<String> consumer, boolean fifo) {

    private static final String FIFO_SUFFIX = ".fifo";

    public QueueDefinition {
        if (name.endsWith(FIFO_SUFFIX)) {
            throw new IllegalArgumentException("Give the logical name without " + FIFO_SUFFIX + ": " + name);
        }
    }

    /** A standard queue. */
    public QueueDefinition(String name, int visibilityTimeoutSeconds, int maxReceiveCount, int batchSize,
                           Optional<String> consumer) {
        this(name, visibilityTimeoutSeconds, maxReceiveCount, batchSize, consumer, false);
    }

    /** The queue's name in SQS. */
    public String queueName() {
        return fifo ? name + FIFO_SUFFIX : name;
    }

    /** The dead-letter queue's name in SQS (FIFO when this queue is). */
    public String deadLetterQueueName() {
        return fifo ? name + "-dlq" + FIFO_SUFFIX : name + "-dlq";
    }

    /**
     * True when {@code queueArn} (an SQS record's eventSourceARN) is this queue's: its name is {@link #queueName()},
     * or that name behind a stage prefix as the CDK names queues ({@code focus-dev-room-events.fifo}).
     */
    public boolean isSourceOf(String queueArn) {
        if (queueArn == null) {
            return false;
        }
        String physicalName = queueArn.substring(queueArn.lastIndexOf(':') + 1);
        return physicalName.equals(queueName()) || physicalName.endsWith("-" + queueName());
    }

    /** The setting that carries this queue's URL to the functions that send to it. */
    public Setting urlSetting() {
        return Setting.queueUrl(name);
    }
}
