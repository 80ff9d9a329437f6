package dev.focus.emulators;

import dev.focus.resources.QueueDefinition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("emulators")
class ElasticMqServerTest {

    @Test
    @DisplayName("a message received maxReceiveCount times without being deleted moves to the dead-letter queue")
    void redrivesToTheDeadLetterQueue() {
        QueueDefinition queue = new QueueDefinition("orders", 1, 2, 10, Optional.empty());
        try (ElasticMqServer server = ElasticMqServer.start(0); SqsClient sqs = AwsClients.sqs(server.endpoint())) {
            server.createQueues(List.of(queue));
            Map<String, String> urls = server.createQueues(List.of(queue));
            String url = urls.get("orders");
            String dlqUrl = urls.get("orders-dlq");
            assertThat(url).startsWith(server.endpoint().toString());

            sqs.sendMessage(b -> b.queueUrl(url).messageBody("order 42"));
            List<Message> first = receive(sqs, url);
            List<Message> second = receive(sqs, url);
            List<Message> third = receive(sqs, url);
            List<Message> dead = receive(sqs, dlqUrl);

            assertThat(first).extracting(Message::body).containsExactly("order 42");
            assertThat(second).extracting(Message::body).containsExactly("order 42");
            assertThat(third).isEmpty();
            assertThat(dead).extracting(Message::body).containsExactly("order 42");
        }
    }

    private static List<Message> receive(SqsClient sqs, String url) {
        return sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(2).maxNumberOfMessages(10)).messages();
    }
}
