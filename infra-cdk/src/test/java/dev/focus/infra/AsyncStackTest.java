package dev.focus.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.focus.resources.FocusResources;
import dev.focus.resources.QueueDefinition;

/** Every queue of FocusResources with its dead-letter queue; consumers' event sources are in {@link EventSourcesTest}. */
class AsyncStackTest {

    private final SynthesizedFocus focus = SynthesizedFocus.dev();

    @Test
    void everyQueueRedrivesToItsDeadLetterQueueAfterItsMaxReceiveCount() {
        assertThat(FocusResources.queues()).isNotEmpty();
        for (QueueDefinition definition : FocusResources.queues()) {
            var queue = SynthesizedFocus.properties(focus.resourceWith("Async", "AWS::SQS::Queue", "QueueName",
                    "focus-dev-" + definition.queueName()).getValue());
            assertThat(queue.get("VisibilityTimeout")).isEqualTo(definition.visibilityTimeoutSeconds());
            @SuppressWarnings("unchecked")
            var redrive = (Map<String, Object>) queue.get("RedrivePolicy");
            assertThat(redrive.get("maxReceiveCount")).isEqualTo(definition.maxReceiveCount());
            var deadLetters = focus.follow("Async", redrive.get("deadLetterTargetArn"));
            assertThat(deadLetters.property("QueueName")).isEqualTo("focus-dev-" + definition.deadLetterQueueName());
            assertThat(deadLetters.property("MessageRetentionPeriod")).isEqualTo(14 * 24 * 3600);
        }
    }

    @Test
    void everyConsumerRecognisesItsQueueByTheDeployedName() {
        for (QueueDefinition definition : FocusResources.queues()) {
            var queue = SynthesizedFocus.properties(focus.resourceWith("Async", "AWS::SQS::Queue", "QueueName",
                    "focus-dev-" + definition.queueName()).getValue());
            String deployedArn = "arn:aws:sqs:eu-west-1:123456789012:" + queue.get("QueueName");
            assertThat(definition.isSourceOf(deployedArn)).as(deployedArn).isTrue();
            FocusResources.queues().stream().filter(other -> other != definition)
                    .forEach(other -> assertThat(other.isSourceOf(deployedArn)).as(other.name() + " " + deployedArn).isFalse());
        }
    }

    @Test
    void theStackHoldsOnlyTheDefinedQueuesAndTheirDeadLetterQueues() {
        long expected = FocusResources.queues().stream().mapToLong(q -> q.maxReceiveCount() > 0 ? 2 : 1).sum();
        assertThat(focus.resources("Async", "AWS::SQS::Queue")).hasSize((int) expected);
    }

    @Test
    void queuesRefuseUnencryptedTransport() {
        assertThat(focus.resources("Async", "AWS::SQS::QueuePolicy").values()).isNotEmpty().allSatisfy(policy -> {
            @SuppressWarnings("unchecked")
            var statements = (List<Map<String, Object>>) ((Map<String, Object>) SynthesizedFocus.properties(policy)
                    .get("PolicyDocument")).get("Statement");
            assertThat(statements).anyMatch(statement -> "Deny".equals(statement.get("Effect"))
                    && Map.of("Bool", Map.of("aws:SecureTransport", "false")).equals(statement.get("Condition")));
        });
    }

    @Test
    @DisplayName("no queue delays all its messages: delays are per message (phase-end wake-ups), at most 900 s each")
    void noQueueHasAQueueLevelDelay() {
        assertThat(focus.resources("Async", "AWS::SQS::Queue").values()).allSatisfy(queue ->
                assertThat(SynthesizedFocus.properties(queue).getOrDefault("DelaySeconds", 0)).isEqualTo(0));
    }

    @Test
    @DisplayName("a consumed queue hides a message at least as long as its consumer may run")
    void aConsumedQueueOutlastsItsConsumersTimeout() {
        var consumed = FocusResources.queues().stream().filter(q -> q.consumer().isPresent()).toList();
        assertThat(consumed).isNotEmpty();
        for (QueueDefinition definition : consumed) {
            var queue = focus.resourceWith("Async", "AWS::SQS::Queue", "QueueName", "focus-dev-" + definition.queueName());
            var consumer = focus.function(definition.consumer().orElseThrow());
            assertThat((Integer) SynthesizedFocus.properties(queue.getValue()).get("VisibilityTimeout"))
                    .as(definition.name())
                    .isGreaterThanOrEqualTo((Integer) SynthesizedFocus.properties(consumer.getValue()).get("Timeout"));
        }
    }

    @Test
    @DisplayName("a FIFO queue and its dead-letter queue are FIFO queues named .fifo, deduplicated by the senders' ids")
    void fifoQueuesAndTheirDeadLetterQueuesAreFifo() {
        var fifo = FocusResources.queues().stream().filter(QueueDefinition::fifo).toList();
        assertThat(fifo).contains(FocusResources.ROOM_EVENTS);
        for (QueueDefinition definition : fifo) {
            var queue = SynthesizedFocus.properties(focus.resourceWith("Async", "AWS::SQS::Queue", "QueueName",
                    "focus-dev-" + definition.queueName()).getValue());
            assertThat((String) queue.get("QueueName")).endsWith(".fifo");
            assertThat(queue.get("FifoQueue")).isEqualTo(true);
            assertThat(queue.get("ContentBasedDeduplication")).isEqualTo(false);
            @SuppressWarnings("unchecked")
            var redrive = (Map<String, Object>) queue.get("RedrivePolicy");
            var deadLetters = focus.follow("Async", redrive.get("deadLetterTargetArn"));
            assertThat(deadLetters.property("QueueName")).isEqualTo("focus-dev-" + definition.name() + "-dlq.fifo");
            assertThat(deadLetters.property("FifoQueue")).isEqualTo(true);
        }
    }

    @Test
    @DisplayName("a standard queue and its dead-letter queue set no FIFO attribute (SQS refuses FifoQueue=false)")
    void standardQueuesSetNoFifoAttribute() {
        var standard = FocusResources.queues().stream().filter(queue -> !queue.fifo()).toList();
        assertThat(standard).contains(FocusResources.USER_PUSHES);
        for (QueueDefinition definition : standard) {
            for (String name : List.of(definition.queueName(), definition.deadLetterQueueName())) {
                var queue = SynthesizedFocus.properties(focus.resourceWith("Async", "AWS::SQS::Queue", "QueueName",
                        "focus-dev-" + name).getValue());
                assertThat(name).doesNotEndWith(".fifo");
                assertThat(queue).as(name).doesNotContainKeys("FifoQueue", "ContentBasedDeduplication");
            }
        }
    }

    @Test
    void onlyQueuesWithAConsumerHaveAnEventSource() {
        long consumed = FocusResources.queues().stream().filter(q -> q.consumer().isPresent()).count();
        assertThat(focus.resources("Api", "AWS::Lambda::EventSourceMapping")).hasSize((int) consumed);
    }
}
