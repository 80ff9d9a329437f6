package dev.focus.localstack;

import dev.focus.emulators.ElasticMqServer;
import dev.focus.resources.QueueDefinition;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResultEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** A real ElasticMQ for event source tests, with a fresh queue (and dead-letter queue) per test. */
final class LocalQueues implements AutoCloseable {

    static final String REGION = "us-east-1";
    static final String CONSUMER = "worker";

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final ElasticMqServer server = ElasticMqServer.start(0);
    private final SqsClient sqs = SqsClient.builder()
            .endpointOverride(server.endpoint())
            .region(Region.of(REGION))
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
            .httpClient(UrlConnectionHttpClient.create())
            .build();

    /** A queue fed to {@link #CONSUMER}, its messages back after {@code visibilityTimeoutSeconds}. */
    Queue create(int visibilityTimeoutSeconds, int maxReceiveCount, int batchSize) {
        var definition = new QueueDefinition("test-" + COUNTER.incrementAndGet(), visibilityTimeoutSeconds,
                maxReceiveCount, batchSize, Optional.of(CONSUMER));
        return new Queue(definition, server.createQueues(List.of(definition)));
    }

    EventSources feed(Queue queue, QueueConsumer consumer) {
        return EventSources.start(server.endpoint(), REGION, List.of(queue.definition()), queue.urls(),
                Map.of(CONSUMER, consumer));
    }

    SqsClient sqs() {
        return sqs;
    }

    @Override
    public void close() {
        sqs.close();
        server.close();
    }

    record Queue(QueueDefinition definition, Map<String, String> urls) {

        String url() {
            return urls.get(definition.name());
        }

        String deadLetterUrl() {
            return urls.get(definition.deadLetterQueueName());
        }
    }

    /** Sends the bodies in one batch, each with the message attribute {@code kind = test}; returns their ids in order. */
    List<String> send(Queue queue, String... bodies) {
        var entries = new ArrayList<SendMessageBatchRequestEntry>();
        for (int i = 0; i < bodies.length; i++) {
            entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i)).messageBody(bodies[i])
                    .messageAttributes(Map.of("kind", MessageAttributeValue.builder().dataType("String")
                            .stringValue("test").build()))
                    .build());
        }
        var result = sqs.sendMessageBatch(request -> request.queueUrl(queue.url()).entries(entries));
        if (!result.failed().isEmpty()) {
            throw new IllegalStateException("ElasticMQ refused messages: " + result.failed());
        }
        return result.successful().stream().sorted(Comparator.comparingInt(entry -> Integer.parseInt(entry.id())))
                .map(SendMessageBatchResultEntry::messageId).toList();
    }

    /** Messages visible plus in flight. */
    int messagesIn(String queueUrl) {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(request -> request.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    List<Message> receive(String queueUrl, int waitSeconds) {
        return sqs.receiveMessage(request -> request.queueUrl(queueUrl).waitTimeSeconds(waitSeconds)
                .maxNumberOfMessages(10)).messages();
    }
}
