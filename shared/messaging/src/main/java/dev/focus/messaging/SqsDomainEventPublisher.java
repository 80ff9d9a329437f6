package dev.focus.messaging;

import dev.focus.aws.AwsClients;
import dev.focus.aws.OnFirstUse;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Consumer;

@Singleton
final class SqsDomainEventPublisher implements DomainEventPublisher {

    static final String EVENT_TYPE_ATTRIBUTE = "event_type";

    private final Environment environment;
    private final JsonMapper json;
    private final OnFirstUse<SqsClient> sqs;

    SqsDomainEventPublisher(Environment environment, JsonMapper json, AwsClients clients,
                            @Nullable @Value("${focus.sqs.endpoint:}") String endpoint) {
        this.environment = environment;
        this.json = json;
        this.sqs = new OnFirstUse<>(() -> clients.build(SqsClient.builder(), endpoint));
    }

    @Override
    public void publish(String queueName, DomainEvent event) {
        send(queueName, event, request -> { });
    }

    @Override
    public void publishInOrder(String queueName, String orderingKey, DomainEvent event) {
        send(queueName, event, request -> request.messageGroupId(orderingKey).messageDeduplicationId(event.eventId()));
    }

    private void send(String queueName, DomainEvent event, Consumer<SendMessageRequest.Builder> fifo) {
        String queueUrl = queueUrl(queueName);
        String body = toJson(event);
        try {
            sqs.get().sendMessage(request -> fifo.accept(request
                    .queueUrl(queueUrl)
                    .messageBody(body)
                    .messageAttributes(Map.of(EVENT_TYPE_ATTRIBUTE, MessageAttributeValue.builder()
                            .dataType("String").stringValue(event.eventType()).build()))));
        } catch (SdkException e) {
            throw new MessagingFailure("Queue " + queueName + " did not accept " + event.eventType(), e);
        }
    }

    private String queueUrl(String queueName) {
        String property = "focus.queues." + queueName + ".url";
        return environment.getProperty(property, String.class)
                .filter(url -> !url.isBlank())
                .orElseThrow(() -> new IllegalStateException("No URL configured for queue " + queueName + " (" + property + ")"));
    }

    private String toJson(DomainEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serialise " + event.eventType(), e);
        }
    }
}
