package dev.focus.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.focus.emulators.LocalCloud;
import dev.focus.lambda.host.FreshJvm;
import dev.focus.resources.FocusResources;
import dev.focus.resources.Setting;
import dev.focus.security.AccessTokens;
import dev.focus.testkit.WithLocalCloud;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built deployment jar, alone on a fresh JVM's classpath, runs both of its handlers against LocalCloud. The
 * protocol itself is tested through the local gateway with real WebSocket clients (localstack's RealtimeJourneyTest).
 */
@WithLocalCloud
class RealtimeSmokeIT {

    private static final Path JAR = Path.of(System.getProperty("focus.lambda.jar", FocusResources.REALTIME.jar().toString()));
    private static final String SECRET = "realtime-smoke-test-secret-long-enough-for-hs256";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("$connect with a valid token is accepted, without one refused with 401")
    void connect(LocalCloud cloud) throws Exception {
        String token = new AccessTokens(() -> SECRET, Clock.systemUTC()).issue("smoke-user", "smoke", List.of("USER")).token();

        JsonNode accepted = run(cloud, FocusResources.REALTIME.handler(), connectEvent(Map.of("token", token)));
        JsonNode refused = run(cloud, FocusResources.REALTIME.handler(), connectEvent(Map.of()));

        assertThat(accepted.get("statusCode").asInt()).isEqualTo(200);
        assertThat(refused.get("statusCode").asInt()).isEqualTo(401);
    }

    @Test
    @DisplayName("the worker handler broadcasts a room event nobody watches, with no batch failures")
    void worker(LocalCloud cloud) throws Exception {
        String body = JSON.writeValueAsString(Map.of("event_id", "e-1", "event_type", "RoomEvent", "type", "timer_update",
                "room_id", "room-" + UUID.randomUUID(), "occurred_at", "2026-11-21T10:00:00Z", "data", Map.of("status", "running")));
        String sqsEvent = JSON.writeValueAsString(Map.of("Records", List.of(Map.of(
                "messageId", "m-1", "receiptHandle", "r-1", "eventSource", "aws:sqs", "awsRegion", "us-east-1",
                "eventSourceARN", "arn:aws:sqs:us-east-1:000000000000:" + FocusResources.ROOM_EVENTS.queueName(),
                "body", body, "attributes", Map.of(), "messageAttributes", Map.of()))));

        JsonNode response = run(cloud, FocusResources.REALTIME_WORKER.handler(), sqsEvent);

        assertThat(response.get("batchItemFailures")).isEmpty();
    }

    private static String connectEvent(Map<String, String> query) throws Exception {
        return JSON.writeValueAsString(Map.of(
                "requestContext", Map.of("routeKey", "$connect", "eventType", "CONNECT",
                        "connectionId", "c" + UUID.randomUUID().toString().substring(0, 8) + "=",
                        "requestId", "r-1", "stage", "local", "domainName", "localhost", "apiId", "local"),
                "headers", Map.of("Host", "localhost"),
                "queryStringParameters", query,
                "isBase64Encoded", false));
    }

    private static JsonNode run(LocalCloud cloud, String handler, String event) throws Exception {
        Map<String, String> properties = new HashMap<>(cloud.settings());
        properties.put(Setting.JWT_SECRET.property(), SECRET);
        // nothing watches the rooms these tests use, so nothing is posted here
        properties.put(Setting.WEBSOCKET_ENDPOINT.property(), "http://127.0.0.1:9");
        FreshJvm.Result result = FreshJvm.run(FreshJvm.currentJava(), JAR, handler, event, properties,
                List.of("-XX:TieredStopAtLevel=1"), 1);
        assertThat(result.responseJson()).as(result.stderr()).isNotBlank();
        return JSON.readTree(result.responseJson());
    }
}
