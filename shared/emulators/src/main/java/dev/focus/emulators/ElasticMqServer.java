package dev.focus.emulators;

import dev.focus.resources.QueueDefinition;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ElasticMQ in this JVM, answering the SQS JSON protocol on 127.0.0.1 with queue URLs that point back to it. */
public final class ElasticMqServer implements AutoCloseable {

    private final SQSRestServer server;
    private final URI endpoint;
    private final SqsClient client;

    private ElasticMqServer(SQSRestServer server, URI endpoint) {
        this.server = server;
        this.endpoint = endpoint;
        this.client = AwsClients.sqs(endpoint);
    }

    public static ElasticMqServer start(int port) {
        int actualPort = FreePort.orPick(port);
        SQSRestServer server = SQSRestServerBuilder
                .withInterface("127.0.0.1")
                .withPort(actualPort)
                .withServerAddress(new NodeAddress("http", "127.0.0.1", actualPort, ""))
                .withAWSRegion(AwsClients.REGION)
                .start();
        server.waitUntilStarted();
        return new ElasticMqServer(server, URI.create("http://127.0.0.1:" + actualPort));
    }

    public URI endpoint() {
        return endpoint;
    }

    /**
     * Creates each queue (and first its dead-letter queue) or updates the attributes of an existing one.
     * Returns every queue name, dead-letter queues included, with its URL.
     */
    public Map<String, String> createQueues(List<QueueDefinition> queues) {
        Map<String, String> urls = new LinkedHashMap<>();
        for (QueueDefinition queue : queues) {
            Map<QueueAttributeName, String> attributes = new LinkedHashMap<>();
            attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, Integer.toString(queue.visibilityTimeoutSeconds()));
            if (queue.maxReceiveCount() > 0) {
                String dlqUrl = createQueue(queue.deadLetterQueueName(), queue.fifo(), Map.of());
                urls.put(queue.deadLetterQueueName(), dlqUrl);
                String dlqArn = client.getQueueAttributes(b -> b.queueUrl(dlqUrl)
                        .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
                attributes.put(QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + dlqArn
                        + "\",\"maxReceiveCount\":\"" + queue.maxReceiveCount() + "\"}");
            }
            urls.put(queue.name(), createQueue(queue.queueName(), queue.fifo(), attributes));
        }
        return urls;
    }

    /** FIFO is fixed when a queue is created; the other attributes are set (again) on every start. */
    private String createQueue(String name, boolean fifo, Map<QueueAttributeName, String> attributes) {
        Map<QueueAttributeName, String> creation = fifo
                ? Map.of(QueueAttributeName.FIFO_QUEUE, "true", QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "false")
                : Map.of();
        String url = client.createQueue(b -> b.queueName(name).attributes(creation)).queueUrl();
        if (!attributes.isEmpty()) {
            client.setQueueAttributes(b -> b.queueUrl(url).attributes(attributes));
        }
        return url;
    }

    @Override
    public void close() {
        client.close();
        server.stopAndWait();
    }
}
