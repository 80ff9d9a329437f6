package dev.focus.resources;

import java.util.Optional;

/**
 * An SQS queue and, when {@code maxReceiveCount} is set, its dead-letter queue named {@code name + "-dlq"}.
 * {@code consumer} names the function whose handler Lambda's event source feeds from this queue, if any.
 */
public record QueueDefinition(String name, int visibilityTimeoutSeconds, int maxReceiveCount, int batchSize,
                              Optional<String> consumer) {

    public String deadLetterQueueName() {
        return name + "-dlq";
    }

    /** The setting that carries this queue's URL to the functions that send to it. */
    public Setting urlSetting() {
        return Setting.queueUrl(name);
    }
}
