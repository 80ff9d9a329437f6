package dev.focus.rooms;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.focus.emulators.ApiGatewayHttpEvents;
import dev.focus.emulators.ApiGatewayHttpResponse;
import dev.focus.emulators.HttpRequestData;
import dev.focus.emulators.LocalCloud;
import dev.focus.lambda.bridge.LambdaBridge;
import dev.focus.resources.FocusResources;
import dev.focus.emulators.Json;
import dev.focus.testkit.OpenApiContract;
import dev.focus.testkit.TestClock;
import dev.focus.rooms.adapter.RoomsWorker;
import dev.focus.rooms.model.EmptyRoomGrace;
import dev.focus.security.AccessTokens;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.LambdaApplicationContextBuilder;
import dev.focus.kernel.lambda.HttpApiFunction;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The rooms functions as API Gateway and Lambda drive them: HTTP calls become HTTP API v2 events routed by
 * FocusResources.ROOMS through the real handler class; worker calls are SQS events through the real RoomsWorker.
 * Both share one context, configured as on Lambda, against this JVM's LocalCloud and a clock the test moves.
 */
final class RoomsApi implements AutoCloseable {

    static final String SECRET = "rooms-tests-secret-that-is-comfortably-longer-than-32-bytes";
    private static final AtomicInteger UNIQUE = new AtomicInteger();
    private static final OpenApiContract CONTRACT = OpenApiContract.fromClasspath("META-INF/swagger/focus-rooms-1.yml");

    record Response(int status, JsonNode json, Map<String, String> headers) {

        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
        }

        String text(String field) {
            JsonNode value = json.get(field);
            return value == null || value.isNull() ? null : value.asText();
        }

        String code() {
            return text("code");
        }

        long number(String field) {
            return json.get(field).asLong();
        }
    }

    /** A signed-in user: id, username and a valid access token. */
    record User(String id, String username, String token) {
    }

    final LocalCloud cloud;
    final TestClock clock = new TestClock();
    private final ApplicationContext context;
    private final APIGatewayV2HTTPEventFunction function;
    private final LambdaBridge bridge;
    private final RoomsWorker worker;
    private final AccessTokens tokens;
    private final SqsClient sqs;
    private final DynamoDbClient dynamoDb;

    private RoomsApi(LocalCloud cloud, Map<String, Object> extraSettings) {
        this.cloud = cloud;
        Map<String, Object> settings = new HashMap<>(cloud.settings());
        settings.put("focus.jwt.secret", SECRET);
        settings.putAll(extraSettings);
        ApplicationContextBuilder builder = ApplicationContext.builder().properties(settings).singletons(clock);
        LambdaApplicationContextBuilder.setLambdaConfiguration(builder);
        this.context = builder.start();
        this.function = new HttpApiFunction(context);
        this.bridge = LambdaBridge.forInstance(function);
        this.worker = new RoomsWorker(context);
        this.tokens = context.getBean(AccessTokens.class);
        this.sqs = SqsClient.builder().endpointOverride(URI.create(settings.get("focus.sqs.endpoint").toString()))
                .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
        this.dynamoDb = DynamoDbClient.builder().endpointOverride(URI.create(settings.get("focus.dynamodb.endpoint").toString()))
                .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    static RoomsApi start(LocalCloud cloud) {
        return new RoomsApi(cloud, Map.of());
    }

    static RoomsApi start(LocalCloud cloud, Map<String, Object> extraSettings) {
        return new RoomsApi(cloud, extraSettings);
    }

    static String unique(String prefix) {
        return prefix + "-" + UNIQUE.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
    }

    User newUser() {
        return user(false);
    }

    User newAdmin() {
        return user(true);
    }

    private User user(boolean admin) {
        String id = unique("user");
        String username = "name-" + id;
        List<String> roles = admin ? List.of("USER", "ADMIN") : List.of("USER");
        return new User(id, username, tokens.issue(id, username, roles).token());
    }

    // ---- HTTP

    Response call(String method, String pathAndQuery, Object body, String token) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        String query = pathAndQuery.contains("?") ? pathAndQuery.substring(pathAndQuery.indexOf('?') + 1) : "";
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry("host", "api.focus.test"));
        if (token != null) {
            headers.add(Map.entry("authorization", "Bearer " + token));
        }
        String text = body == null ? null : Json.write(body);
        if (text != null) {
            headers.add(Map.entry("content-type", "application/json"));
        }
        var request = new HttpRequestData(method, path, query, headers,
                text == null ? null : text.getBytes(StandardCharsets.UTF_8), "198.51.100.7");
        String event = ApiGatewayHttpEvents.routedEvent(FocusResources.ROOMS.routes(), request, Clock.systemUTC())
                .orElseThrow(() -> new IllegalArgumentException("API Gateway routes no " + method + " " + path + " to rooms"));
        ApiGatewayHttpResponse response = ApiGatewayHttpEvents.parse(bridge.invoke(event, "rooms"));
        CONTRACT.check(request, response);
        return new Response(response.statusCode(), Json.read(response.bodyText()), response.headers());
    }

    Response get(String path, User user) {
        return call("GET", path, null, user.token());
    }

    Response post(String path, Object body, User user) {
        return call("POST", path, body, user.token());
    }

    Response put(String path, Object body, User user) {
        return call("PUT", path, body, user.token());
    }

    Response delete(String path, User user) {
        return call("DELETE", path, null, user.token());
    }

    // ---- route helpers

    Response createRoom(User host, Map<String, Object> body) {
        return post("/api/v1/rooms", body, host);
    }

    /** A public room with a unique name, 25/5 minutes and the defaults, created by {@code host}. */
    String newRoom(User host) {
        return newRoom(host, Map.of());
    }

    String newRoom(User host, Map<String, Object> overrides) {
        var body = new HashMap<String, Object>(Map.of("name", unique("room"), "work_duration", 25, "break_duration", 5));
        body.putAll(overrides);
        Response created = createRoom(host, body);
        if (created.status() != 201) {
            throw new IllegalStateException("room creation failed: " + created);
        }
        return created.text("id");
    }

    Response join(String roomId, User user) {
        return post("/api/v1/participants/" + roomId + "/join", Map.of(), user);
    }

    /** {@code user} leaves {@code roomId} by their own participant id. */
    void leave(String roomId, User user) {
        for (JsonNode participant : get("/api/v1/participants/" + roomId, user).json().get("participants")) {
            if (participant.get("user_id").asText().equals(user.id())) {
                Response left = delete("/api/v1/participants/" + participant.get("id").asText(), user);
                if (left.status() != 204) {
                    throw new IllegalStateException("leaving failed: " + left);
                }
                return;
            }
        }
        throw new IllegalStateException(user.id() + " is not in " + roomId);
    }

    Response timer(String roomId, User user) {
        return get("/api/v1/timer/" + roomId, user);
    }

    Response command(String roomId, String command, User user) {
        return post("/api/v1/timer/" + roomId + "/" + command, null, user);
    }

    // ---- queues and the worker

    /** Runs the worker on one SQS batch of these message bodies from {@code queue}, as Lambda's event source does. */
    SQSBatchResponse deliver(String queue, List<String> bodies) {
        var records = new ArrayList<SQSEvent.SQSMessage>();
        for (String body : bodies) {
            var message = new SQSEvent.SQSMessage();
            message.setMessageId(unique("message"));
            message.setBody(body);
            message.setEventSource("aws:sqs");
            message.setEventSourceArn("arn:aws:sqs:us-east-1:000000000000:" + queue);
            records.add(message);
        }
        var event = new SQSEvent();
        event.setRecords(records);
        return worker.handleRequest(event, null);
    }

    /** Wakes the worker for this room as the last write's trigger would, at the current test time. */
    SQSBatchResponse wakeUp(String roomId) {
        return deliver(FocusResources.TIMER_TRIGGERS.name(), List.of(wakeUpMessage(roomId, clock.instant())));
    }

    /**
     * The wake-up the leave that emptied this room queued (it is delayed by the whole grace, so it is rebuilt from the
     * room item's {@code empty_since} rather than received); read it before anyone joins again.
     */
    String emptyRoomWakeUpMessage(String roomId) {
        Instant since = Instant.parse(roomItem(roomId).get("empty_since").s());
        return Json.write(Map.of("kind", "empty_room", "room_id", roomId, "empty_since", since.toString(),
                "fire_at", since.plus(bean(EmptyRoomGrace.class).length()).toString()));
    }

    /** Wakes the worker for this empty room as the leave that emptied it would, at the current test time. */
    SQSBatchResponse wakeUpEmptyRoom(String roomId) {
        return deliver(FocusResources.TIMER_TRIGGERS.name(), List.of(emptyRoomWakeUpMessage(roomId)));
    }

    /** The timer version stored in the room's item, read without going through the function. */
    long storedVersion(String roomId) {
        return Long.parseLong(timerItem(roomId).get("timer_version").n());
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    private Map<String, AttributeValue> roomItem(String roomId) {
        return dynamoDb.getItem(b -> b.tableName(FocusResources.TABLE.name()).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS("ROOM#" + roomId), "sk", AttributeValue.fromS("ROOM")))).item();
    }

    private Map<String, AttributeValue> timerItem(String roomId) {
        return dynamoDb.getItem(b -> b.tableName(FocusResources.TABLE.name()).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS("ROOM#" + roomId), "sk", AttributeValue.fromS("TIMER")))).item();
    }

    /** The body of the wake-up the room's last timer write queued, firing at {@code fireAt}. */
    String wakeUpMessage(String roomId, Instant fireAt) {
        Map<String, AttributeValue> item = timerItem(roomId);
        return Json.write(Map.of("room_id", roomId, "version", Long.parseLong(item.get("timer_version").n()),
                "write_id", item.get("timer_write_id").s(), "fire_at", fireAt.toString()));
    }

    /**
     * The messages of {@code queue} whose body mentions {@code roomId}. Every message read is deleted: tests run one
     * after another and each looks only at the rooms it made.
     */
    List<JsonNode> messages(String queue, String roomId) {
        String url = cloud.queueUrls().get(queue);
        var found = new ArrayList<JsonNode>();
        while (true) {
            List<Message> batch = sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(0))
                    .messages();
            if (batch.isEmpty()) {
                return found;
            }
            for (Message message : batch) {
                if (message.body().contains(roomId)) {
                    found.add(Json.read(message.body()));
                }
                sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(message.receiptHandle()));
            }
        }
    }

    /**
     * As {@link #messages}, but waits until {@code count} of them have arrived or {@code deadline} has passed on the
     * real clock: for messages SQS holds back by a delay.
     */
    List<JsonNode> awaitMessages(String queue, String roomId, int count, Duration deadline) {
        String url = cloud.queueUrls().get(queue);
        Instant giveUp = Instant.now().plus(deadline);
        var found = new ArrayList<JsonNode>();
        while (found.size() < count && Instant.now().isBefore(giveUp)) {
            for (Message message : sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1))
                    .messages()) {
                if (message.body().contains(roomId)) {
                    found.add(Json.read(message.body()));
                }
                sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(message.receiptHandle()));
            }
        }
        found.addAll(messages(queue, roomId)); // and any more already there, so a test can tell one from several
        return found;
    }

    @Override
    public void close() {
        sqs.close();
        dynamoDb.close();
        function.close();
        context.close();
    }
}
