package dev.focus.infra;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.IWidget;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TextWidget;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/**
 * Alarms on what needs a human: function errors and throttles, messages in any dead-letter queue, and
 * 5xx answers from the HTTP API; all notify one SNS topic ({@code -c alarmEmail=...} subscribes an address).
 * One dashboard shows both APIs, every function and every queue.
 */
public final class ObservabilityStack extends Stack {

    /** 5xx answers in five minutes before the API alarm fires: one can be a client racing a deploy. */
    static final int SERVER_ERRORS_THRESHOLD = 5;

    private final Topic alarmTopic;
    private final List<Alarm> alarms = new ArrayList<>();

    private ObservabilityStack(Construct scope, String id, Builder builder) {
        super(scope, id, StackProps.builder()
                .description("Focus " + builder.config.stage() + ": alarms and dashboard").build());
        StageConfig config = builder.config;
        this.alarmTopic = Topic.Builder.create(this, "Alarms").topicName(Names.physical(config, "alarms")).build();
        config.alarmEmail().ifPresent(address -> alarmTopic.addSubscription(new EmailSubscription(address)));

        Duration fiveMinutes = Duration.minutes(5);
        for (FocusFunction function : builder.api.functions()) {
            String name = function.definition().name();
            alarm(config, name + "-errors", "Function " + name + " failed an invocation",
                    function.function().metricErrors(sum(fiveMinutes)), 1);
            alarm(config, name + "-throttles", "Function " + name + " was throttled",
                    function.function().metricThrottles(sum(fiveMinutes)), 1);
        }
        for (FocusQueue queue : builder.async.queues()) {
            queue.deadLetterQueue().ifPresent(dlq -> alarm(config, queue.definition().deadLetterQueueName() + "-messages",
                    "Messages of " + queue.definition().name() + " failed " + queue.definition().maxReceiveCount()
                            + " times and wait in " + queue.definition().deadLetterQueueName(),
                    dlq.metricApproximateNumberOfMessagesVisible(MetricOptions.builder()
                            .statistic("Maximum").period(Duration.minutes(1)).build()), 1));
        }
        alarm(config, "api-5xx", "The HTTP API answered " + SERVER_ERRORS_THRESHOLD + " or more 5xx in five minutes",
                builder.api.httpApi().metricServerError(sum(fiveMinutes)), SERVER_ERRORS_THRESHOLD);

        dashboard(config, builder);
    }

    public static Builder builder(Construct scope, String id) {
        return new Builder(scope, id);
    }

    public Topic alarmTopic() {
        return alarmTopic;
    }

    public List<Alarm> alarms() {
        return List.copyOf(alarms);
    }

    private void alarm(StageConfig config, String name, String description, Metric metric, int threshold) {
        Alarm alarm = Alarm.Builder.create(this, Names.pascal(name) + "Alarm")
                .alarmName(Names.physical(config, name))
                .alarmDescription(description)
                .metric(metric)
                .threshold(threshold)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .evaluationPeriods(1)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
        alarm.addAlarmAction(new SnsAction(alarmTopic));
        alarm.addOkAction(new SnsAction(alarmTopic));
        alarms.add(alarm);
    }

    private static MetricOptions sum(Duration period) {
        return MetricOptions.builder().statistic("Sum").period(period).build();
    }

    private void dashboard(StageConfig config, Builder builder) {
        var widgets = new ArrayList<List<IWidget>>();
        var api = builder.api.httpApi();
        widgets.add(List.of(TextWidget.Builder.create()
                .markdown("# Focus " + config.stage() + "\nHTTP and WebSocket APIs, functions and queues."
                        + " Alarms go to SNS topic `" + Names.physical(config, "alarms") + "`.")
                .width(24).height(2).build()));
        widgets.add(List.of(
                graph("API requests and errors", List.of(api.metricCount(), api.metricClientError(), api.metricServerError())),
                graph("API latency p99 (ms)", List.of(api.metricLatency(MetricOptions.builder().statistic("p99").build()),
                        api.metricIntegrationLatency(MetricOptions.builder().statistic("p99").build())))));
        var webSocket = builder.api.webSocket().api();
        MetricOptions total = sum(Duration.minutes(5));
        widgets.add(List.of(
                graph("WebSocket connects and messages", List.of(webSocket.metric("ConnectCount", total),
                        webSocket.metric("MessageCount", total))),
                graph("WebSocket errors", List.of(webSocket.metric("ClientError", total),
                        webSocket.metric("IntegrationError", total), webSocket.metric("ExecutionError", total)))));
        for (FocusFunction function : builder.api.functions()) {
            var fn = function.function();
            String name = function.definition().name();
            widgets.add(List.of(
                    graph(name + ": invocations, errors, throttles",
                            List.of(fn.metricInvocations(), fn.metricErrors(), fn.metricThrottles())),
                    graph(name + ": duration p50 / p99 (ms)",
                            List.of(fn.metricDuration(MetricOptions.builder().statistic("p50").build()),
                                    fn.metricDuration(MetricOptions.builder().statistic("p99").build())))));
        }
        for (FocusQueue queue : builder.async.queues()) {
            Queue q = queue.queue();
            var depth = new ArrayList<IMetric>(List.of(q.metricApproximateNumberOfMessagesVisible(),
                    q.metricApproximateAgeOfOldestMessage()));
            queue.deadLetterQueue().ifPresent(dlq -> depth.add(dlq.metricApproximateNumberOfMessagesVisible(
                    MetricOptions.builder().label(queue.definition().deadLetterQueueName() + " visible").build())));
            widgets.add(List.of(
                    graph(queue.definition().name() + ": depth, oldest (s), dead letters", depth),
                    graph(queue.definition().name() + ": sent / received",
                            List.of(q.metricNumberOfMessagesSent(), q.metricNumberOfMessagesReceived()))));
        }
        Dashboard.Builder.create(this, "Dashboard")
                .dashboardName(Names.physical(config, "dashboard"))
                .widgets(widgets)
                .build();
    }

    private static GraphWidget graph(String title, List<? extends IMetric> metrics) {
        return GraphWidget.Builder.create().title(title).left(List.copyOf(metrics)).width(12).height(6).build();
    }

    /** Builds an {@link ObservabilityStack}; every value is required. */
    public static final class Builder {
        private final Construct scope;
        private final String id;
        private StageConfig config;
        private ApiStack api;
        private AsyncStack async;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        public Builder config(StageConfig config) {
            this.config = config;
            return this;
        }

        public Builder api(ApiStack api) {
            this.api = api;
            return this;
        }

        public Builder async(AsyncStack async) {
            this.async = async;
            return this;
        }

        public ObservabilityStack build() {
            Required.present(scope, "ObservabilityStack", "a scope");
            Required.present(id, "ObservabilityStack", "an id");
            Required.present(config, "ObservabilityStack", "a stage config");
            Required.present(api, "ObservabilityStack", "the api stack");
            Required.present(async, "ObservabilityStack", "the async stack");
            return new ObservabilityStack(scope, id, this);
        }
    }
}
