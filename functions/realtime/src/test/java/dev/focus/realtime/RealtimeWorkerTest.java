package dev.focus.realtime;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.focus.broadcast.Connections;
import dev.focus.emulators.Json;
import dev.focus.emulators.LocalCloud;
import dev.focus.realtime.adapter.RealtimeWorker;
import dev.focus.resources.FocusResources;
import dev.focus.resources.Setting;
import dev.focus.testkit.WithLocalCloud;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worker's batch rules with the real broadcaster and connections in DynamoDB Local. The Management API endpoint
 * refuses connections here, so every post to a watcher fails: the rules for a failed delivery, which the local
 * gateway (always reachable) cannot show.
 */
@WithLocalCloud
class RealtimeWorkerTest {

    static LocalCloud cloud;
    static ApplicationContext context;
    static RealtimeWorker worker;
    static Connections connections;

    @BeforeAll
    static void start() {
        var settings = new HashMap<String, Object>(cloud.settings());
        settings.put(Setting.JWT_SECRET.property(), "realtime-worker-test-secret-long-enough-for-hs256");
        settings.put(Setting.WEBSOCKET_ENDPOINT.property(), "http://127.0.0.1:9");
        context = ApplicationContext.run(settings);
        worker = new RealtimeWorker(context);
        connections = context.getBean(Connections.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    @DisplayName("a room whose event could not be delivered holds back its later events; other rooms go on")
    void failure_holds_back_only_its_room() {
        String blocked = "room-" + UUID.randomUUID();
        String free = "room-" + UUID.randomUUID();
        String watcher = "conn-" + UUID.randomUUID();
        connections.open(watcher, "user-1", "ada", Set.of());
        connections.watch(watcher, blocked);

        SQSBatchResponse response = worker.handleRequest(batch(
                roomEvent("m-1", blocked), roomEvent("m-2", free), roomEvent("m-3", blocked), roomEvent("m-4", free)), null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("m-1", "m-3");
        assertThat(connections.currentSequence(blocked)).as("m-3 was not even numbered").isEqualTo(1);
        assertThat(connections.currentSequence(free)).isEqualTo(2);
    }

    @Test
    @DisplayName("a body that is not a room event is dropped, not retried")
    void unreadable_body_is_dropped() {
        var message = record("m-9", "not json at all", "room-x");

        SQSBatchResponse response = worker.handleRequest(batch(message), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
    }

    private static SQSEvent batch(SQSEvent.SQSMessage... messages) {
        var event = new SQSEvent();
        event.setRecords(List.of(messages));
        return event;
    }

    private static SQSEvent.SQSMessage roomEvent(String messageId, String roomId) {
        String body = Json.write(Map.of("event_id", messageId + "-" + roomId, "event_type", "RoomEvent",
                "type", "timer_update", "room_id", roomId, "visibility", "public",
                "occurred_at", "2026-11-21T10:00:00Z", "data", Map.of("status", "RUNNING")));
        return record(messageId, body, roomId);
    }

    private static SQSEvent.SQSMessage record(String messageId, String body, String group) {
        var message = new SQSEvent.SQSMessage();
        message.setMessageId(messageId);
        message.setBody(body);
        message.setEventSourceArn("arn:aws:sqs:eu-west-1:123456789012:focus-dev-" + FocusResources.ROOM_EVENTS.queueName());
        message.setAttributes(Map.of("MessageGroupId", group));
        return message;
    }
}
