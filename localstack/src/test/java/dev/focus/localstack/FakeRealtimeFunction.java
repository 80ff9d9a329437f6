package dev.focus.localstack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.focus.lambda.host.FunctionInvocationException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for the realtime function's handler: keeps every event it gets and answers as a test asks.
 * {@code $connect} is refused with 401 for the token {@code bad} and throws for {@code boom}. Messages: {@code ping}
 * answers {@code {"type":"pong"}}; a body {@code boom} throws; a body {@code wait-for-another} waits until a second
 * message with that body runs (answering {@code released}, or {@code alone} after 5 s); everything else answers
 * without a body. It tracks how many messages of one connection run at once.
 */
final class FakeRealtimeFunction implements WebSocketFunction {

    private final ObjectMapper json = new ObjectMapper();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
    private final AtomicInteger mostAtOnceForOneConnection = new AtomicInteger();
    private final CountDownLatch twoWaiting = new CountDownLatch(2);

    @Override
    public String invoke(String eventJson) {
        JsonNode event = read(eventJson);
        events.add(event);
        JsonNode context = event.path("requestContext");
        return switch (context.path("eventType").asText()) {
            case "CONNECT" -> connect(event.path("queryStringParameters").path("token").asText());
            case "MESSAGE" -> message(context.path("connectionId").asText(), context.path("routeKey").asText(),
                    event.path("body").asText());
            default -> "{\"statusCode\":200}";
        };
    }

    private String connect(String token) {
        return switch (token) {
            case "bad" -> "{\"statusCode\":401,\"body\":\"{\\\"message\\\":\\\"Unauthorized\\\"}\"}";
            case "boom" -> throw new FunctionInvocationException("realtime threw", new IllegalStateException("boom"));
            default -> "{\"statusCode\":200}";
        };
    }

    private String message(String connectionId, String routeKey, String body) {
        AtomicInteger now = running.computeIfAbsent(connectionId, id -> new AtomicInteger());
        mostAtOnceForOneConnection.accumulateAndGet(now.incrementAndGet(), Math::max);
        try {
            // long enough for the next message of the connection to arrive while this one runs
            Eventually.sleep(java.time.Duration.ofMillis(20));
            if (body.equals("boom")) {
                throw new FunctionInvocationException("realtime threw", new IllegalStateException("boom"));
            }
            if (body.equals("wait-for-another")) {
                twoWaiting.countDown();
                return reply(awaitTwo() ? "released" : "alone");
            }
            return routeKey.equals("ping") ? reply("{\"type\":\"pong\"}") : "{\"statusCode\":200}";
        } finally {
            now.decrementAndGet();
        }
    }

    List<JsonNode> events() {
        return List.copyOf(events);
    }

    /** The events of one connection, in the order the function got them. */
    List<JsonNode> eventsOf(String connectionId) {
        return events.stream()
                .filter(e -> e.path("requestContext").path("connectionId").asText().equals(connectionId)).toList();
    }

    List<JsonNode> eventsOf(String connectionId, String eventType) {
        return eventsOf(connectionId).stream()
                .filter(e -> e.path("requestContext").path("eventType").asText().equals(eventType)).toList();
    }

    /** The connection id the gateway gave the socket that connected with {@code token}. */
    String connectionIdOf(String token) {
        return events.stream()
                .filter(e -> e.path("queryStringParameters").path("token").asText().equals(token))
                .map(e -> e.path("requestContext").path("connectionId").asText())
                .findFirst().orElseThrow(() -> new AssertionError("no $connect with token " + token));
    }

    int mostMessagesAtOnceForOneConnection() {
        return mostAtOnceForOneConnection.get();
    }

    private String reply(String body) {
        return json.createObjectNode().put("statusCode", 200).put("body", body).toString();
    }

    private boolean awaitTwo() {
        try {
            return twoWaiting.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private JsonNode read(String eventJson) {
        try {
            return json.readTree(eventJson);
        } catch (JsonProcessingException e) {
            throw new AssertionError("The gateway sent an event that is not JSON: " + eventJson, e);
        }
    }
}
