package dev.focus.localstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.focus.resources.QueueDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lambda's SQS event source mappings, on this machine: every queue that names a consumer feeds that function's
 * handler in batches, with partial batch failures, retries after the visibility timeout and the dead-letter queue
 * of the queue's redrive policy. A queue whose consumer this stack does not host gets no event source.
 */
final class EventSources implements AutoCloseable {

    /** Lambda starts with several pollers per queue; two keep batches in parallel without crowding a laptop. */
    static final int POLLERS_PER_QUEUE = 2;
    /** Longer than a worker function's Lambda timeout (20 s), so a running batch finishes before its function closes. */
    private static final Duration INVOCATION_GRACE = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(EventSources.class);

    private final SqsClient sqs;
    private final List<QueueEventSource> sources;

    private EventSources(SqsClient sqs, List<QueueEventSource> sources) {
        this.sqs = sqs;
        this.sources = List.copyOf(sources);
    }

    /**
     * @param queueUrls queue name to URL, as the emulators created them
     * @param functions function name to the consumer that invokes it
     */
    static EventSources start(URI sqsEndpoint, String region, List<QueueDefinition> queues,
                              Map<String, String> queueUrls, Map<String, QueueConsumer> functions) {
        SqsClient sqs = SqsClient.builder()
                .endpointOverride(sqsEndpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        var codec = new SqsEventCodec(new ObjectMapper());
        var sources = new ArrayList<QueueEventSource>();
        try {
            for (QueueDefinition queue : queues) {
                if (queue.consumer().isEmpty()) {
                    continue;
                }
                String function = queue.consumer().get();
                QueueConsumer consumer = functions.get(function);
                if (consumer == null) {
                    LOG.info("Queue {} feeds {}, which this stack does not host: no event source", queue.name(), function);
                    continue;
                }
                EventSourceMapping mapping = mapping(sqs, queue, queueUrls, function);
                sources.add(QueueEventSource.start(sqs, mapping, consumer, codec, POLLERS_PER_QUEUE));
                LOG.info("Event source {} -> {} (batches of up to {}, {} pollers)", queue.name(), function,
                        queue.batchSize(), POLLERS_PER_QUEUE);
            }
        } catch (RuntimeException e) {
            new EventSources(sqs, sources).close();
            throw e;
        }
        return new EventSources(sqs, sources);
    }

    /** Queue name to the function it feeds, for {@code /health}. */
    Map<String, String> mappings() {
        var mappings = new LinkedHashMap<String, String>();
        sources.forEach(source -> mappings.put(source.mapping().queueName(), source.mapping().functionName()));
        return mappings;
    }

    /** Stops every poller at once (about a second), lets running batches finish, then closes the SQS client. */
    @Override
    public void close() {
        sources.forEach(QueueEventSource::stop);
        sources.forEach(source -> source.awaitStopped(INVOCATION_GRACE));
        sqs.close();
    }

    private static EventSourceMapping mapping(SqsClient sqs, QueueDefinition queue, Map<String, String> queueUrls,
                                              String function) {
        String url = queueUrls.get(queue.name());
        if (url == null) {
            throw new IllegalStateException("Queue " + queue.name() + " was not created; known: " + queueUrls.keySet());
        }
        String arn = sqs.getQueueAttributes(request -> request.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        return new EventSourceMapping(queue.name(), url, arn, queue.batchSize(), function);
    }
}
