package dev.focus.resources;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueueDefinitionTest {

    @Test
    @DisplayName("a consumer recognises its queue's ARN locally and behind the stage prefix the CDK gives it")
    void recognises_its_arn() {
        QueueDefinition roomEvents = FocusResources.ROOM_EVENTS;
        QueueDefinition userEvents = FocusResources.USER_EVENTS;

        assertThat(roomEvents.isSourceOf("arn:aws:sqs:us-east-1:000000000000:room-events.fifo")).isTrue();
        assertThat(roomEvents.isSourceOf("arn:aws:sqs:eu-west-1:123456789012:focus-dev-room-events.fifo")).isTrue();
        assertThat(userEvents.isSourceOf("arn:aws:sqs:eu-west-1:123456789012:focus-prod-user-events")).isTrue();

        assertThat(roomEvents.isSourceOf("arn:aws:sqs:eu-west-1:123456789012:focus-dev-room-events-dlq.fifo")).isFalse();
        assertThat(userEvents.isSourceOf("arn:aws:sqs:eu-west-1:123456789012:focus-dev-other-user-events-dlq")).isFalse();
        assertThat(userEvents.isSourceOf("arn:aws:sqs:eu-west-1:123456789012:focus-dev-user-pushes")).isFalse();
        assertThat(roomEvents.isSourceOf(null)).isFalse();
    }

    @Test
    @DisplayName("a FIFO queue and its dead-letter queue carry SQS's .fifo suffix; settings use the logical name")
    void fifo_names() {
        assertThat(FocusResources.ROOM_EVENTS.queueName()).isEqualTo("room-events.fifo");
        assertThat(FocusResources.ROOM_EVENTS.deadLetterQueueName()).isEqualTo("room-events-dlq.fifo");
        assertThat(FocusResources.ROOM_EVENTS.urlSetting().property()).isEqualTo("focus.queues.room-events.url");
        assertThat(FocusResources.USER_EVENTS.queueName()).isEqualTo("user-events");
    }
}
