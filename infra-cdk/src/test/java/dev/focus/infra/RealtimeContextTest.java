package dev.focus.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.focus.resources.FocusResources;

/**
 * The realtime context by name, so that it cannot drop out of the generic tests unnoticed: the WebSocket handler
 * {@code realtime} and the queue consumer {@code realtime-worker}, both built from {@code functions/realtime}.
 */
class RealtimeContextTest {

    private static final List<String> REALTIME_FUNCTIONS = List.of("realtime", "realtime-worker");

    private final SynthesizedFocus focus = SynthesizedFocus.dev();

    @Test
    @DisplayName("both realtime functions run outside the VPC, with no migration step, from the realtime jar")
    void theRealtimeFunctionsRunOutsideTheVpc() {
        for (String name : REALTIME_FUNCTIONS) {
            var function = SynthesizedFocus.properties(focus.function(name).getValue());
            assertThat(function).as(name).doesNotContainKey("VpcConfig");
            assertThat(focus.resources("Api", "AWS::Lambda::Function").values())
                    .noneMatch(f -> ("focus-dev-" + name + "-migrate").equals(SynthesizedFocus.properties(f).get("FunctionName")));
        }
        assertThat(SynthesizedFocus.properties(focus.function("realtime").getValue()).get("Handler"))
                .isEqualTo("dev.focus.realtime.adapter.WebSocketHandler");
        assertThat(SynthesizedFocus.properties(focus.function("realtime-worker").getValue()).get("Handler"))
                .isEqualTo("dev.focus.realtime.adapter.RealtimeWorker");
        assertThat(FocusResources.REALTIME.jar()).isEqualTo(FocusResources.REALTIME_WORKER.jar())
                .hasToString("functions/realtime/target/focus-realtime-lambda.jar");
    }

    @Test
    @DisplayName("the realtime worker consumes the FIFO room-events and the standard user-pushes and user-status, and nothing else")
    void theRealtimeWorkerConsumesRoomEventsUserPushesAndUserStatus() {
        var mappings = mappingsOf("realtime-worker");

        assertThat(mappings.keySet()).containsExactlyInAnyOrder("focus-dev-room-events.fifo", "focus-dev-user-pushes",
                "focus-dev-user-status");
        assertThat(mappings.values()).allSatisfy(mapping -> {
            assertThat(mapping.get("FunctionResponseTypes")).isEqualTo(List.of("ReportBatchItemFailures"));
            assertThat(mapping).doesNotContainKey("MaximumBatchingWindowInSeconds");
        });
        var userPushes = focus.resourceWith("Async", "AWS::SQS::Queue", "QueueName", "focus-dev-user-pushes");
        assertThat(SynthesizedFocus.properties(userPushes.getValue())).doesNotContainKey("FifoQueue");
        var roomEvents = focus.resourceWith("Async", "AWS::SQS::Queue", "QueueName", "focus-dev-room-events.fifo");
        assertThat(SynthesizedFocus.properties(roomEvents.getValue()).get("FifoQueue")).isEqualTo(true);
    }

    /** The event source mappings that invoke this function's alias, by the name of the queue they read. */
    private Map<String, Map<String, Object>> mappingsOf(String function) {
        String alias = focus.aliasOf(focus.function(function).getKey()).logicalId();
        return focus.resources("Api", "AWS::Lambda::EventSourceMapping").values().stream()
                .map(SynthesizedFocus::properties)
                .filter(mapping -> focus.aliasInvokedBy(mapping).logicalId().equals(alias))
                .collect(Collectors.toMap(
                        mapping -> (String) focus.follow("Api", mapping.get("EventSourceArn")).property("QueueName"),
                        mapping -> mapping));
    }
}
