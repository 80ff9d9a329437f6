package dev.focus.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.focus.resources.FocusResources;
import dev.focus.resources.QueueDefinition;

/** Every queue of FocusResources with its dead-letter queue; consumers' event sources are in {@link ProductionStageTest}. */
class AsyncStackTest {

    private final SynthesizedFocus focus = SynthesizedFocus.dev();

    @Test
    void everyQueueRedrivesToItsDeadLetterQueueAfterItsMaxReceiveCount() {
        assertThat(FocusResources.queues()).isNotEmpty();
        for (QueueDefinition definition : FocusResources.queues()) {
            var queue = SynthesizedFocus.properties(focus.resourceWith("Async", "AWS::SQS::Queue", "QueueName",
                    "focus-dev-" + definition.name()).getValue());
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
    void onlyQueuesWithAConsumerHaveAnEventSource() {
        long consumed = FocusResources.queues().stream().filter(q -> q.consumer().isPresent()).count();
        assertThat(focus.resources("Api", "AWS::Lambda::EventSourceMapping")).hasSize((int) consumed);
    }
}
