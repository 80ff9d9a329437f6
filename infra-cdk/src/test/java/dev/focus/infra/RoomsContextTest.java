package dev.focus.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.focus.resources.FocusResources;
import dev.focus.resources.QueueDefinition;
import dev.focus.resources.Setting;

/**
 * The rooms context by name, so that it cannot drop out of the generic tests unnoticed: the HTTP function
 * {@code rooms} and the queue consumer {@code rooms-worker}, both built from {@code functions/rooms}.
 */
class RoomsContextTest {

    private static final List<String> ROOMS_FUNCTIONS = List.of("rooms", "rooms-worker");
    private static final List<QueueDefinition> ROOMS_QUEUES = List.of(FocusResources.TIMER_TRIGGERS,
            FocusResources.USER_EVENTS, FocusResources.ROOM_EVENTS, FocusResources.FOCUS_SESSIONS);

    private final SynthesizedFocus focus = SynthesizedFocus.dev();

    @Test
    @DisplayName("the rooms API routes lead to the rooms function's live alias")
    void theRoomsRoutesLeadToTheRoomsAlias() {
        String alias = focus.aliasOf(focus.function("rooms").getKey()).logicalId();
        for (String routeKey : List.of("ANY /api/v1/rooms", "ANY /api/v1/rooms/{proxy+}",
                "ANY /api/v1/participants/{proxy+}", "ANY /api/v1/timer/{proxy+}")) {
            var route = SynthesizedFocus.properties(
                    focus.resourceWith("Api", "AWS::ApiGatewayV2::Route", "RouteKey", routeKey).getValue());
            @SuppressWarnings("unchecked")
            var target = (List<Object>) ((List<Object>) ((Map<String, Object>) route.get("Target")).get("Fn::Join")).get(1);
            var integration = focus.follow("Api", target.get(1));
            assertThat(focus.follow("Api", integration.property("IntegrationUri")).logicalId()).as(routeKey).isEqualTo(alias);
        }
    }

    @Test
    @DisplayName("both rooms functions run outside the VPC, with no migration step, from the rooms jar")
    void theRoomsFunctionsRunOutsideTheVpc() {
        for (String name : ROOMS_FUNCTIONS) {
            var function = SynthesizedFocus.properties(focus.function(name).getValue());
            assertThat(function).as(name).doesNotContainKey("VpcConfig");
            assertThat(focus.resources("Api", "AWS::Lambda::Function").values())
                    .noneMatch(f -> ("focus-dev-" + name + "-migrate").equals(SynthesizedFocus.properties(f).get("FunctionName")));
        }
        assertThat(SynthesizedFocus.properties(focus.function("rooms-worker").getValue()).get("Handler"))
                .isEqualTo("dev.focus.rooms.adapter.RoomsWorker");
        assertThat(FocusResources.ROOMS.jar()).isEqualTo(FocusResources.ROOMS_WORKER.jar())
                .hasToString("functions/rooms/target/focus-rooms-lambda.jar");
    }

    @Test
    @DisplayName("both rooms functions are told the stage's table and the URLs of the queues they send to")
    @SuppressWarnings("unchecked")
    void theRoomsFunctionsKnowTheirTableAndQueues() {
        for (String name : ROOMS_FUNCTIONS) {
            var variables = (Map<String, Object>) ((Map<String, Object>) SynthesizedFocus.properties(
                    focus.function(name).getValue()).get("Environment")).get("Variables");
            assertThat(focus.follow("Api", variables.get(Setting.TABLE_NAME.environmentVariable())).property("TableName"))
                    .isEqualTo("focus-dev");
            for (QueueDefinition queue : List.of(FocusResources.TIMER_TRIGGERS, FocusResources.ROOM_EVENTS,
                    FocusResources.FOCUS_SESSIONS)) {
                assertThat(focus.follow("Api", variables.get(queue.urlSetting().environmentVariable())).property("QueueName"))
                        .as(name + " " + queue.name()).isEqualTo("focus-dev-" + queue.queueName());
            }
            assertThat(String.valueOf(variables.get(Setting.JWT_SECRET.environmentVariable())))
                    .contains("{{resolve:secretsmanager:");
        }
    }

    @Test
    @DisplayName("both rooms functions are told how long an empty room stays open: ten minutes")
    @SuppressWarnings("unchecked")
    void theRoomsFunctionsKnowTheEmptyRoomGrace() {
        for (String name : ROOMS_FUNCTIONS) {
            var variables = (Map<String, Object>) ((Map<String, Object>) SynthesizedFocus.properties(
                    focus.function(name).getValue()).get("Environment")).get("Variables");
            assertThat(variables.get(Setting.EMPTY_ROOM_GRACE.environmentVariable())).as(name).isEqualTo("10m");
        }
    }

    @Test
    @DisplayName("every rooms queue has a dead-letter queue that alarms on its first message")
    void everyRoomsQueueHasAnAlarmedDeadLetterQueue() {
        var alarmNames = focus.resources("Observability", "AWS::CloudWatch::Alarm").values().stream()
                .map(alarm -> SynthesizedFocus.properties(alarm).get("AlarmName")).toList();
        for (QueueDefinition queue : ROOMS_QUEUES) {
            focus.resourceWith("Async", "AWS::SQS::Queue", "QueueName", "focus-dev-" + queue.deadLetterQueueName());
            assertThat(alarmNames).contains("focus-dev-" + queue.deadLetterQueueName() + "-messages");
        }
    }
}
