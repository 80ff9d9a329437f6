package dev.focus.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.focus.resources.FocusResources;
import dev.focus.resources.QueueDefinition;

/** The SQS event sources of the dev stage: one per queue that names a consumer, on that consumer's live alias. */
class EventSourcesTest {

    private final SynthesizedFocus focus = SynthesizedFocus.dev();

    @Test
    @DisplayName("a consumer reads each of its queues through its live alias, in batches of the defined size, reporting partial failures")
    void aConsumerReadsItsQueuesThroughItsLiveAlias() {
        var consumed = FocusResources.queues().stream().filter(queue -> queue.consumer().isPresent()).toList();
        assertThat(consumed).isNotEmpty();
        for (QueueDefinition queue : consumed) {
            var mapping = mappingOf(queue);
            assertThat(mapping.get("BatchSize")).as(queue.name()).isEqualTo(queue.batchSize());
            assertThat(mapping.get("FunctionResponseTypes")).isEqualTo(List.of("ReportBatchItemFailures"));
            assertThat(mapping.get("Enabled")).isNotEqualTo(false);

            var alias = focus.aliasInvokedBy(mapping);
            assertThat(alias.type()).isEqualTo("AWS::Lambda::Alias");
            assertThat(alias.property("Name")).isEqualTo(FocusFunction.ALIAS);
            assertThat(focus.follow("Api", alias.property("FunctionName")).logicalId())
                    .isEqualTo(focus.function(queue.consumer().orElseThrow()).getKey());
        }
    }

    @Test
    @DisplayName("no event source waits to fill a batch, so a phase-end wake-up is handled as soon as it is visible")
    void noEventSourceHasABatchingWindow() {
        assertThat(focus.resources("Api", "AWS::Lambda::EventSourceMapping").values()).isNotEmpty()
                .allSatisfy(mapping -> assertThat(SynthesizedFocus.properties(mapping)
                        .getOrDefault("MaximumBatchingWindowInSeconds", 0)).isEqualTo(0));
    }

    @Test
    @DisplayName("the rooms worker consumes timer-triggers and user-events, and nothing else consumes them")
    void theRoomsWorkerConsumesTimerTriggersAndUserEvents() {
        String worker = focus.aliasOf(focus.function(FocusResources.ROOMS_WORKER.name()).getKey()).logicalId();
        Set<String> queues = focus.resources("Api", "AWS::Lambda::EventSourceMapping").values().stream()
                .map(SynthesizedFocus::properties)
                .filter(mapping -> focus.aliasInvokedBy(mapping).logicalId().equals(worker))
                .map(mapping -> (String) focus.follow("Api", mapping.get("EventSourceArn")).property("QueueName"))
                .collect(Collectors.toSet());

        assertThat(queues).containsExactlyInAnyOrder("focus-dev-timer-triggers", "focus-dev-user-events");
        mappingOf(FocusResources.TIMER_TRIGGERS);
        mappingOf(FocusResources.USER_EVENTS);
    }

    /** The one mapping that reads this queue. */
    private Map<String, Object> mappingOf(QueueDefinition queue) {
        var mappings = focus.resources("Api", "AWS::Lambda::EventSourceMapping").values().stream()
                .map(SynthesizedFocus::properties)
                .filter(mapping -> ("focus-dev-" + queue.queueName()).equals(
                        focus.follow("Api", mapping.get("EventSourceArn")).property("QueueName")))
                .toList();
        assertThat(mappings).as("event sources of " + queue.name()).hasSize(1);
        return mappings.getFirst();
    }
}
