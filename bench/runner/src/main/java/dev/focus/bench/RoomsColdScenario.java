package dev.focus.bench;

import dev.focus.emulators.Json;
import dev.focus.emulators.ApiGatewayHttpEvents;
import dev.focus.emulators.HttpRequestData;
import dev.focus.emulators.LocalCloud;
import dev.focus.lambda.host.FreshJvm;
import dev.focus.resources.FocusResources;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The events of the rooms jar's two functions for cold starts against this process's {@link LocalCloud}: the rooms
 * function reads the timer of one room created up front (init + one GetItem); the worker gets a {@code UserDeleted}
 * for a user in no room from {@code user-events} (init + one GSI Query, no write).
 */
final class RoomsColdScenario {

    static final String UNKNOWN_USER_DELETED = "{\"event_id\":\"e-1\",\"event_type\":\"UserDeleted\",\"user_id\":\"nobody\"}";

    private final BenchTokens tokens;
    private final BenchUser host;
    private final String roomId;

    private RoomsColdScenario(BenchTokens tokens, BenchUser host, String roomId) {
        this.tokens = tokens;
        this.host = host;
        this.roomId = roomId;
    }

    /**
     * Creates the room whose timer is read, through the rooms jar in a fresh JVM, as a client would;
     * {@code settings} are {@link HostedRooms#settings(LocalCloud)}.
     */
    static RoomsColdScenario withRoom(Path java, BenchFunction rooms, Map<String, String> settings) {
        var tokens = new BenchTokens(HostedRooms.JWT_SECRET);
        var host = tokens.newUser("host");
        String body = Json.write(Map.of("name", "cold-" + host.id(), "work_duration", 25, "break_duration", 5));
        var created = FreshJvm.run(java, rooms.jar(), rooms.handler(), httpEvent("POST", "/api/v1/rooms", host, body),
                settings, List.of(), 1);
        var answer = ApiGatewayHttpEvents.parse(created.responseJson());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("rooms refused to create the bench room with " + answer.statusCode() + ": "
                    + answer.bodyText() + "\n--- function output ---\n" + created.stdout());
        }
        return new RoomsColdScenario(tokens, host, Json.read(answer.bodyText()).get("id").asText());
    }

    String roomId() {
        return roomId;
    }

    /** {@code GET /api/v1/timer/{room_id}} by the host, with a token minted now: a long run outlasts one (15 min). */
    String timerEvent() {
        return httpEvent("GET", "/api/v1/timer/" + roomId, tokens.renewed(host), null);
    }

    /** One SQS record as Lambda's event source mapping delivers it from {@code user-events}. */
    static String workerEvent() {
        return Json.write(Map.of("Records", List.of(Map.of(
                "messageId", "m-1", "receiptHandle", "r-1", "body", UNKNOWN_USER_DELETED,
                "attributes", Map.of(), "messageAttributes", Map.of(), "eventSource", "aws:sqs",
                "eventSourceARN", "arn:aws:sqs:us-east-1:000000000000:" + FocusResources.USER_EVENTS.name(),
                "awsRegion", "us-east-1"))));
    }

    /** The event API Gateway makes of this request on the rooms function's own routes. */
    private static String httpEvent(String method, String path, BenchUser caller, String jsonBody) {
        var headers = new java.util.ArrayList<Map.Entry<String, String>>();
        headers.add(Map.entry("host", "api.focus.bench"));
        headers.add(Map.entry("authorization", "Bearer " + caller.token()));
        if (jsonBody != null) {
            headers.add(Map.entry("content-type", "application/json"));
        }
        byte[] bytes = jsonBody == null ? null : jsonBody.getBytes(StandardCharsets.UTF_8);
        var request = new HttpRequestData(method, path, "", headers, bytes, "198.51.100.7");
        return ApiGatewayHttpEvents.routedEvent(FocusResources.ROOMS.routes(), request, Clock.systemUTC())
                .orElseThrow(() -> new IllegalArgumentException("API Gateway routes no " + method + " " + path + " to rooms"));
    }
}
