package dev.focus.localstack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * One queue feeding one function, as Lambda's SQS event source does: pollers receive batches, invoke the function
 * with Lambda's SQS event and delete what it handled. Failed messages are left alone: they come back after the
 * queue's visibility timeout, and the queue's redrive policy moves them to its dead-letter queue after
 * {@code maxReceiveCount} receives. Each poller runs one batch at a time, so a queue has as many batches in flight
 * as it has pollers.
 */
final class QueueEventSource {

    /**
     * ElasticMQ answers a waiting ReceiveMessage as soon as a message becomes visible (measured: 30 to 60 ms after a
     * delayed message's time, with a 1 s or a 20 s wait alike), so a short wait costs no latency; it bounds how long
     * {@link #awaitStopped} waits for a poll, since a blocked SDK call cannot be interrupted.
     */
    static final int WAIT_SECONDS = 1;

    private static final Logger LOG = LoggerFactory.getLogger(QueueEventSource.class);
    private static final Logger BATCHES = LoggerFactory.getLogger("dev.focus.localstack.batches");
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final SqsClient sqs;
    private final EventSourceMapping mapping;
    private final QueueConsumer consumer;
    private final SqsEventCodec codec;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final List<Thread> pollers;

    private QueueEventSource(SqsClient sqs, EventSourceMapping mapping, QueueConsumer consumer, SqsEventCodec codec,
                             int pollers) {
        this.sqs = sqs;
        this.mapping = mapping;
        this.consumer = consumer;
        this.codec = codec;
        // daemons: a stack that was never closed must not keep the JVM alive through its pollers
        this.pollers = IntStream.rangeClosed(1, pollers)
                .mapToObj(i -> Thread.ofPlatform().daemon().name("focus-sqs-" + mapping.queueName() + "-" + i)
                        .unstarted(this::poll))
                .toList();
    }

    static QueueEventSource start(SqsClient sqs, EventSourceMapping mapping, QueueConsumer consumer,
                                  SqsEventCodec codec, int pollers) {
        var source = new QueueEventSource(sqs, mapping, consumer, codec, pollers);
        source.pollers.forEach(Thread::start);
        return source;
    }

    EventSourceMapping mapping() {
        return mapping;
    }

    /** Stops receiving; a batch being handled is finished. */
    void stop() {
        stopping.countDown();
    }

    /** Waits for the pollers to end: at most {@link #WAIT_SECONDS} for a poll, plus a running invocation. */
    void awaitStopped(Duration invocationGrace) {
        long deadline = System.nanoTime() + Duration.ofSeconds(WAIT_SECONDS).plus(invocationGrace).toNanos();
        for (Thread poller : pollers) {
            try {
                poller.join(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (poller.isAlive()) {
                LOG.warn("{} still runs a batch of {} after {} s; leaving it", mapping.functionName(),
                        mapping.queueName(), invocationGrace.toSeconds());
            }
        }
    }

    private void poll() {
        while (!stopped()) {
            List<Message> batch;
            try {
                batch = sqs.receiveMessage(request -> request.queueUrl(mapping.queueUrl())
                        .maxNumberOfMessages(mapping.batchSize())
                        .waitTimeSeconds(WAIT_SECONDS)
                        .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                        .messageAttributeNames("All")).messages();
            } catch (SdkException e) {
                LOG.warn("Receiving from {} failed ({}); trying again in {} s", mapping.queueName(), e.getMessage(),
                        RETRY_AFTER.toSeconds());
                awaitStopping(RETRY_AFTER);
                continue;
            }
            if (batch.isEmpty()) {
                continue;
            }
            if (stopped()) {
                release(batch);
                return;
            }
            deliver(batch);
        }
    }

    private void deliver(List<Message> batch) {
        long startNanos = System.nanoTime();
        Set<String> ids = new LinkedHashSet<>();
        batch.forEach(message -> ids.add(message.messageId()));
        BatchOutcome outcome = invoke(batch, ids);
        List<Message> handled = switch (outcome) {
            case BatchOutcome.AllSucceeded ignored -> batch;
            case BatchOutcome.SomeFailed some -> batch.stream()
                    .filter(message -> !some.messageIds().contains(message.messageId())).toList();
            case BatchOutcome.AllFailed ignored -> List.of();
        };
        delete(handled);
        BATCHES.info("sqs {} -> {} {} messages, {} failed, {} ms", mapping.queueName(), mapping.functionName(),
                batch.size(), batch.size() - handled.size(), (System.nanoTime() - startNanos) / 1_000_000);
    }

    private BatchOutcome invoke(List<Message> batch, Set<String> ids) {
        String response;
        try {
            response = consumer.handle(codec.event(batch, mapping));
        } catch (RuntimeException e) {
            // whatever the function threw, Lambda counts the whole batch as failed and lets it come back
            LOG.warn("{} threw on a batch of {} from {}; it comes back after the visibility timeout",
                    mapping.functionName(), batch.size(), mapping.queueName(), e);
            return new BatchOutcome.AllFailed("the function threw");
        }
        BatchOutcome outcome = codec.outcome(response, ids);
        if (outcome instanceof BatchOutcome.AllFailed failed) {
            LOG.warn("{} answered a batch of {} from {} with an unusable response ({}); it comes back after the "
                    + "visibility timeout", mapping.functionName(), batch.size(), mapping.queueName(), failed.reason());
        }
        return outcome;
    }

    private void delete(List<Message> handled) {
        if (handled.isEmpty()) {
            return;
        }
        var entries = new ArrayList<DeleteMessageBatchRequestEntry>();
        for (int i = 0; i < handled.size(); i++) {
            entries.add(DeleteMessageBatchRequestEntry.builder().id(Integer.toString(i))
                    .receiptHandle(handled.get(i).receiptHandle()).build());
        }
        try {
            List<BatchResultErrorEntry> failed = sqs.deleteMessageBatch(request -> request
                    .queueUrl(mapping.queueUrl()).entries(entries)).failed();
            if (!failed.isEmpty()) {
                LOG.warn("{} of {} handled messages could not be deleted from {} and will come back: {}",
                        failed.size(), handled.size(), mapping.queueName(), failed);
            }
        } catch (SdkException e) {
            LOG.warn("Deleting {} handled messages from {} failed ({}); they will come back", handled.size(),
                    mapping.queueName(), e.getMessage());
        }
    }

    /** A batch received while stopping goes back to the queue at once instead of waiting out its visibility timeout. */
    private void release(List<Message> batch) {
        var entries = new ArrayList<ChangeMessageVisibilityBatchRequestEntry>();
        for (int i = 0; i < batch.size(); i++) {
            entries.add(ChangeMessageVisibilityBatchRequestEntry.builder().id(Integer.toString(i))
                    .receiptHandle(batch.get(i).receiptHandle()).visibilityTimeout(0).build());
        }
        try {
            sqs.changeMessageVisibilityBatch(request -> request.queueUrl(mapping.queueUrl()).entries(entries));
        } catch (SdkException e) {
            LOG.debug("Could not hand back {} messages to {} while stopping", batch.size(), mapping.queueName(), e);
        }
    }

    private boolean stopped() {
        return stopping.getCount() == 0;
    }

    private void awaitStopping(Duration timeout) {
        try {
            stopping.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping.countDown();
        }
    }
}
