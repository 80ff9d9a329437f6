package dev.focus.bench;

import dev.focus.emulators.Json;
import dev.focus.resources.FocusResources;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The events of the realtime jar's two functions for cold starts: the WebSocket handler accepts a {@code $connect}
 * with a fresh access token (init + the JWT check + one PutItem); the worker broadcasts a room event from the
 * room-events FIFO queue to a room nobody watches (init + one UpdateItem for the seq + one Query, no post).
 */
final class RealtimeColdScenario {

    private final BenchTokens tokens = new BenchTokens(HostedRooms.JWT_SECRET);

    /** {@code $connect} as API Gateway sends it, with a token minted now and a new connection id. */
    String connectEvent() {
        BenchUser user = tokens.newUser("watcher");
        return Json.write(Map.of(
                "requestContext", Map.of("routeKey", "$connect", "eventType", "CONNECT",
                        "connectionId", UUID.randomUUID().toString().substring(0, 15) + "=",
                        "requestId", "r-1", "stage", "bench", "domainName", "ws.focus.bench", "apiId", "bench"),
                "headers", Map.of("Host", "ws.focus.bench"),
                "queryStringParameters", Map.of("token", user.token()),
                "isBase64Encoded", false));
    }

    /** One SQS record from room-events: a timer_update of a room without watchers. */
    static String workerEvent() {
        String body = Json.write(Map.of("event_id", UUID.randomUUID().toString(), "event_type", "RoomEvent",
                "type", "timer_update", "room_id", "bench-room", "occurred_at", "2026-11-21T10:00:00Z",
                "data", Map.of("status", "RUNNING")));
        return Json.write(Map.of("Records", List.of(Map.of(
                "messageId", "m-1", "receiptHandle", "r-1", "body", body,
                "attributes", Map.of("MessageGroupId", "bench-room"), "messageAttributes", Map.of(),
                "eventSource", "aws:sqs",
                "eventSourceARN", "arn:aws:sqs:us-east-1:000000000000:" + FocusResources.ROOM_EVENTS.queueName(),
                "awsRegion", "us-east-1"))));
    }
}
