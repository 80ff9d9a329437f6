package dev.focus.rooms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.focus.emulators.ApiGatewayHttpEvents;
import dev.focus.emulators.ApiGatewayHttpResponse;
import dev.focus.emulators.HttpRequestData;
import dev.focus.emulators.LocalCloud;
import dev.focus.lambda.host.FreshJvm;
import dev.focus.resources.FocusResources;
import dev.focus.resources.Setting;
import dev.focus.security.AccessTokens;
import dev.focus.testkit.WithLocalCloud;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The built deployment jar, alone on a fresh JVM's classpath, serves both of its functions against LocalCloud. */
@WithLocalCloud
class RoomsSmokeIT {

    private static final Path JAR = Path.of(System.getProperty("focus.lambda.jar", FocusResources.ROOMS.jar().toString()));
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("the shaded rooms jar starts outside the test classpath and creates a room")
    void creates_a_room(LocalCloud cloud) throws Exception {
        String token = new AccessTokens(() -> RoomsApi.SECRET, Clock.systemUTC()).issue("smoke-user", "smoke", List.of("USER")).token();
        String body = "{\"name\":\"" + RoomsApi.unique("smoke") + "\",\"work_duration\":25,\"break_duration\":5}";
        String event = ApiGatewayHttpEvents.event(new HttpRequestData("POST", "/api/v1/rooms", "",
                        List.of(Map.entry("content-type", "application/json"), Map.entry("authorization", "Bearer " + token)),
                        body.getBytes(StandardCharsets.UTF_8), "192.0.2.1"),
                "ANY /api/v1/rooms", Map.of());

        FreshJvm.Result result = FreshJvm.run(FreshJvm.currentJava(), JAR, FocusResources.ROOMS.handler(), event,
                settings(cloud), List.of("-XX:TieredStopAtLevel=1"), 1);

        ApiGatewayHttpResponse response = ApiGatewayHttpEvents.parse(result.responseJson());
        assertThat(response.statusCode()).as(result.stderr()).isEqualTo(201);
        JsonNode room = JSON.readTree(response.bodyText());
        assertThat(room.get("host_user_id").asText()).isEqualTo("smoke-user");
    }

    @Test
    @DisplayName("the shaded jar's worker handler answers an SQS batch with no failures")
    void worker_handles_a_batch(LocalCloud cloud) throws Exception {
        String sqsEvent = JSON.writeValueAsString(Map.of("Records", List.of(Map.of(
                "messageId", "m-1", "receiptHandle", "r-1", "eventSource", "aws:sqs", "awsRegion", "us-east-1",
                "eventSourceARN", "arn:aws:sqs:us-east-1:000000000000:" + FocusResources.USER_EVENTS.name(),
                "body", "{\"event_id\":\"e-1\",\"event_type\":\"UserDeleted\",\"user_id\":\"nobody\"}",
                "attributes", Map.of(), "messageAttributes", Map.of()))));

        FreshJvm.Result result = FreshJvm.run(FreshJvm.currentJava(), JAR, FocusResources.ROOMS_WORKER.handler(), sqsEvent,
                settings(cloud), List.of("-XX:TieredStopAtLevel=1"), 1);

        assertThat(JSON.readTree(result.responseJson()).get("batchItemFailures")).as(result.stderr()).isEmpty();
    }

    private static Map<String, String> settings(LocalCloud cloud) {
        Map<String, String> properties = new HashMap<>(cloud.settings());
        properties.put(Setting.JWT_SECRET.property(), RoomsApi.SECRET);
        return properties;
    }

}
