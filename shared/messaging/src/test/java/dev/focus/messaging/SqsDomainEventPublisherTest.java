package dev.focus.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.focus.emulators.LocalCloud;
import dev.focus.resources.FocusResources;
import dev.focus.testkit.WithLocalCloud;
import io.micronaut.context.ApplicationContext;
import io.micronaut.serde.annotation.Serdeable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@WithLocalCloud
class SqsDomainEventPublisherTest {

    @Serdeable
    record SomethingHappened(String eventId, Instant occurredAt, String subjectId, String eventType) implements DomainEvent {
    }

    static LocalCloud cloud;
    static ApplicationContext context;

    @BeforeAll
    static void start() {
        context = ApplicationContext.run(new HashMap<>(cloud.settings()));
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    @DisplayName("a published event lands on the queue named by focus.queues.<queue>.url, as JSON with its type attribute")
    void publishes_to_the_configured_queue() throws Exception {
        String subject = UUID.randomUUID().toString();
        var event = new SomethingHappened(UUID.randomUUID().toString(), Instant.parse("2026-01-02T03:04:05Z"), subject, "SomethingHappened");

        context.getBean(DomainEventPublisher.class).publish(FocusResources.USER_EVENTS.name(), event);

        Message message = receive(subject);
        JsonNode body = new ObjectMapper().readTree(message.body());
        assertThat(body.get("event_id").asText()).isEqualTo(event.eventId());
        assertThat(body.get("occurred_at").asText()).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(message.messageAttributes().get("event_type").stringValue()).isEqualTo("SomethingHappened");
    }

    @Test
    @DisplayName("an event published in order lands on the FIFO queue in its message group, deduplicated by event id")
    void publishes_in_order_to_a_fifo_queue() throws Exception {
        String subject = UUID.randomUUID().toString();
        var first = new SomethingHappened(UUID.randomUUID().toString(), Instant.now(), subject, "First");
        var second = new SomethingHappened(UUID.randomUUID().toString(), Instant.now(), subject, "Second");
        var publisher = context.getBean(DomainEventPublisher.class);

        publisher.publishInOrder(FocusResources.ROOM_EVENTS.name(), "room-" + subject, first);
        publisher.publishInOrder(FocusResources.ROOM_EVENTS.name(), "room-" + subject, first);
        publisher.publishInOrder(FocusResources.ROOM_EVENTS.name(), "room-" + subject, second);

        List<Message> messages = receiveAll(FocusResources.ROOM_EVENTS.name(), subject, 2);
        assertThat(messages).extracting(m -> m.messageAttributes().get("event_type").stringValue())
                .containsExactly("First", "Second");
        assertThat(messages).extracting(m -> m.attributes().get(MessageSystemAttributeName.MESSAGE_GROUP_ID))
                .containsOnly("room-" + subject);
    }

    @Test
    @DisplayName("publishing to a queue without a configured URL fails loudly")
    void unknown_queue() {
        var event = new SomethingHappened("e", Instant.now(), "s", "SomethingHappened");

        assertThatThrownBy(() -> context.getBean(DomainEventPublisher.class).publish("no-such-queue", event))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("focus.queues.no-such-queue.url");
    }

    @Test
    @DisplayName("a queue that cannot be reached is a MessagingFailure, not a silent loss")
    void unreachable_queue() {
        Map<String, Object> settings = new HashMap<>(cloud.settings());
        settings.put("focus.sqs.endpoint", "http://127.0.0.1:9");
        try (var broken = ApplicationContext.run(settings)) {
            var event = new SomethingHappened("e", Instant.now(), "s", "SomethingHappened");

            assertThatThrownBy(() -> broken.getBean(DomainEventPublisher.class).publish(FocusResources.USER_EVENTS.name(), event))
                    .isInstanceOf(MessagingFailure.class);
        }
    }

    private static Message receive(String subject) throws Exception {
        return receiveAll(FocusResources.USER_EVENTS.name(), subject, 1).getFirst();
    }

    /** Receives (and deletes) until {@code count} messages about {@code subject} came, in the order received. */
    private static List<Message> receiveAll(String queue, String subject, int count) throws Exception {
        Map<String, String> settings = cloud.settings();
        try (SqsClient sqs = SqsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(cloud.sqs().endpoint()).region(Region.of(settings.get("aws.region")))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        settings.get("aws.accessKeyId"), settings.get("aws.secretAccessKey")))).build()) {
            String url = cloud.queueUrls().get(queue);
            var found = new ArrayList<Message>();
            for (int attempt = 0; attempt < 5 && found.size() < count; attempt++) {
                List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1)
                        .messageAttributeNames("All").messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
                for (Message message : messages) {
                    if (message.body().contains(subject)) {
                        found.add(message);
                    }
                    sqs.deleteMessage(r -> r.queueUrl(url).receiptHandle(message.receiptHandle()));
                }
            }
            assertThat(found).as("messages about " + subject).hasSize(count);
            return found;
        }
    }
}
