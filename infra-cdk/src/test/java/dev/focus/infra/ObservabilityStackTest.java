package dev.focus.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import dev.focus.resources.FocusResources;
import dev.focus.resources.FunctionDefinition;
import dev.focus.resources.QueueDefinition;

/** Alarms on every dead-letter queue, every function's errors and throttles, the API's 5xx; the dashboard. */
class ObservabilityStackTest {

    private final SynthesizedFocus focus = SynthesizedFocus.dev();

    @Test
    void everyDeadLetterQueueAlarmsOnItsFirstMessage() {
        for (QueueDefinition definition : FocusResources.queues()) {
            var alarm = alarm("focus-dev-" + definition.deadLetterQueueName() + "-messages");
            assertThat(alarm.get("Namespace")).isEqualTo("AWS/SQS");
            assertThat(alarm.get("MetricName")).isEqualTo("ApproximateNumberOfMessagesVisible");
            assertThat(alarm.get("ComparisonOperator")).isEqualTo("GreaterThanOrEqualToThreshold");
            assertThat(alarm.get("Threshold")).isEqualTo(1);
            assertThat(dimensionTarget(alarm, "QueueName").property("QueueName"))
                    .isEqualTo("focus-dev-" + definition.deadLetterQueueName());
        }
    }

    @Test
    void everyFunctionAlarmsOnErrorsAndThrottles() {
        for (FunctionDefinition definition : FocusResources.functions()) {
            for (String metric : List.of("Errors", "Throttles")) {
                var alarm = alarm("focus-dev-" + definition.name() + "-" + metric.toLowerCase());
                assertThat(alarm.get("Namespace")).isEqualTo("AWS/Lambda");
                assertThat(alarm.get("MetricName")).isEqualTo(metric);
                assertThat(alarm.get("Threshold")).isEqualTo(1);
                assertThat(dimensionTarget(alarm, "FunctionName").property("FunctionName"))
                        .isEqualTo("focus-dev-" + definition.name());
            }
        }
    }

    @Test
    void theApiAlarmsOnServerErrors() {
        var alarm = alarm("focus-dev-api-5xx");
        assertThat(alarm.get("Namespace")).isEqualTo("AWS/ApiGateway");
        assertThat(alarm.get("MetricName")).isEqualTo("5xx");
        assertThat(dimensionTarget(alarm, "ApiId").type()).isEqualTo("AWS::ApiGatewayV2::Api");
    }

    @Test
    void everyAlarmNotifiesTheAlarmTopic() {
        var alarms = focus.resources("Observability", "AWS::CloudWatch::Alarm").values();
        int expected = 2 * FocusResources.functions().size() + 1
                + (int) FocusResources.queues().stream().filter(q -> q.maxReceiveCount() > 0).count();
        assertThat(alarms).hasSize(expected).allSatisfy(alarm -> {
            var actions = (List<?>) SynthesizedFocus.properties(alarm).get("AlarmActions");
            assertThat(actions).hasSize(1);
            assertThat(focus.follow("Observability", actions.getFirst()).type()).isEqualTo("AWS::SNS::Topic");
        });
    }

    @Test
    void theDashboardExists() {
        assertThat(focus.resourceWith("Observability", "AWS::CloudWatch::Dashboard", "DashboardName",
                "focus-dev-dashboard")).isNotNull();
    }

    private Map<String, Object> alarm(String name) {
        return SynthesizedFocus.properties(
                focus.resourceWith("Observability", "AWS::CloudWatch::Alarm", "AlarmName", name).getValue());
    }

    @SuppressWarnings("unchecked")
    private SynthesizedFocus.Reference dimensionTarget(Map<String, Object> alarm, String dimension) {
        var value = ((List<Map<String, Object>>) alarm.get("Dimensions")).stream()
                .filter(d -> dimension.equals(d.get("Name"))).map(d -> d.get("Value"))
                .filter(Objects::nonNull).findFirst().orElseThrow();
        return focus.follow("Observability", value);
    }
}
