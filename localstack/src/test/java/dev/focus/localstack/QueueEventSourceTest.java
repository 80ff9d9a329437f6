package dev.focus.localstack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The local SQS event source against a real ElasticMQ, with the consumer function as a lambda. */
@Tag("emulators")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("A queue's event source, with ElasticMQ")
class QueueEventSourceTest {

    private final ObjectMapper json = new ObjectMapper();
    private LocalQueues queues;

    @BeforeAll
    void startElasticMq() {
        queues = new LocalQueues();
    }

    @AfterAll
    void stopElasticMq() {
        queues.close();
    }

    @Test
    @DisplayName("a batch reaches the consumer as Lambda's SQS event and is deleted once handled")
    void aBatchIsDeliveredAndDeleted() throws Exception {
        var queue = queues.create(60, 5, 10);
        var events = new LinkedBlockingQueue<JsonNode>();
        try (var ignored = queues.feed(queue, recording(events, event -> "{\"batchItemFailures\":[]}"))) {
            queues.send(queue, "first", "second", "third");
            List<JsonNode> records = records(events, 3);

            assertThat(records).extracting(r -> r.path("body").asText())
                    .containsExactlyInAnyOrder("first", "second", "third");
            JsonNode record = records.getFirst();
            assertThat(record.path("messageId").asText()).isNotBlank();
            assertThat(record.path("receiptHandle").asText()).isNotBlank();
            assertThat(record.path("attributes").path("ApproximateReceiveCount").asText()).isEqualTo("1");
            assertThat(record.path("attributes").path("SentTimestamp").asText()).matches("\\d+");
            assertThat(record.path("attributes").path("ApproximateFirstReceiveTimestamp").asText()).matches("\\d+");
            assertThat(record.path("attributes").has("SenderId")).isTrue();
            assertThat(record.path("messageAttributes").path("kind").path("stringValue").asText()).isEqualTo("test");
            assertThat(record.path("messageAttributes").path("kind").path("dataType").asText()).isEqualTo("String");
            assertThat(record.path("md5OfBody").asText()).hasSize(32);
            assertThat(record.path("eventSource").asText()).isEqualTo("aws:sqs");
            assertThat(record.path("eventSourceARN").asText())
                    .isEqualTo("arn:aws:sqs:us-east-1:000000000000:" + queue.definition().name());
            assertThat(record.path("awsRegion").asText()).isEqualTo("us-east-1");
            awaitEmpty(queue.url());
        }
    }

    @Test
    @DisplayName("a partial batch failure leaves exactly the failed message, which comes back after the visibility timeout")
    void aPartialFailureRetriesOnlyTheFailedMessage() throws Exception {
        var queue = queues.create(1, 5, 10);
        var events = new LinkedBlockingQueue<JsonNode>();
        QueueConsumer failsBOnce = recording(events, event -> failures(event, record ->
                record.path("body").asText().equals("b")
                        && record.path("attributes").path("ApproximateReceiveCount").asText().equals("1")));
        try (var ignored = queues.feed(queue, failsBOnce)) {
            queues.send(queue, "a", "b", "c");

            List<JsonNode> records = records(events, 4);
            awaitEmpty(queue.url());
            assertThat(records).extracting(r -> r.path("body").asText() + "#"
                            + r.path("attributes").path("ApproximateReceiveCount").asText())
                    .containsExactlyInAnyOrder("a#1", "b#1", "c#1", "b#2");
            assertThat(events.poll()).isNull();
        }
    }

    @Test
    @DisplayName("a consumer that throws gets the whole batch again")
    void aThrowingConsumerGetsTheBatchAgain() throws Exception {
        assertTheFirstBatchComesBackWhenTheConsumer(event -> {
            throw new IllegalStateException("the handler failed, as asked");
        });
    }

    @Test
    @DisplayName("a failure naming no message of the batch fails the whole batch, as on Lambda")
    void anUnknownItemIdentifierFailsTheWholeBatch() throws Exception {
        assertTheFirstBatchComesBackWhenTheConsumer(
                event -> "{\"batchItemFailures\":[{\"itemIdentifier\":\"no-such-message\"}]}");
    }

    @Test
    @DisplayName("a message that keeps failing moves to the dead-letter queue after maxReceiveCount receives")
    void aPoisonMessageEndsInTheDeadLetterQueue() throws Exception {
        int maxReceiveCount = 2;
        var queue = queues.create(1, maxReceiveCount, 10);
        var events = new LinkedBlockingQueue<JsonNode>();
        try (var ignored = queues.feed(queue, recording(events, event -> failures(event, record -> true)))) {
            queues.send(queue, "poison");

            var dead = new ArrayList<String>();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (dead.isEmpty() && System.nanoTime() < deadline) {
                queues.receive(queue.deadLetterUrl(), 1).forEach(m -> dead.add(m.body()));
            }
            assertThat(dead).containsExactly("poison");
            assertThat(records(events, maxReceiveCount))
                    .extracting(r -> r.path("attributes").path("ApproximateReceiveCount").asText())
                    .containsExactly("1", "2");
            assertThat(events.poll()).isNull();
            assertThat(queues.messagesIn(queue.url())).isZero();
        }
    }

    @Test
    @DisplayName("a delayed message reaches the consumer soon after it becomes visible")
    void aDelayedMessageArrivesWhenItBecomesVisible() throws Exception {
        var queue = queues.create(60, 5, 10);
        var arrivals = new LinkedBlockingQueue<Long>();
        try (var ignored = queues.feed(queue, event -> {
            arrivals.add(System.currentTimeMillis());
            return "";
        })) {
            long sentAt = System.currentTimeMillis();
            queues.sqs().sendMessage(request -> request.queueUrl(queue.url()).messageBody("phase end").delaySeconds(2));
            Long arrivedAt = arrivals.poll(10, TimeUnit.SECONDS);

            assertThat(arrivedAt).isNotNull();
            long late = arrivedAt - (sentAt + 2_000);
            // measured 30 to 60 ms; generous so a busy machine does not fail it
            assertThat(late).isBetween(-100L, 1_500L);
        }
    }

    @Test
    @DisplayName("closing an idle event source stops its pollers within about a second")
    void closingAnIdleSourceIsQuick() {
        var queue = queues.create(60, 5, 10);
        var sources = queues.feed(queue, event -> "");

        long start = System.nanoTime();
        sources.close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
    }

    @Test
    @DisplayName("closing waits for a running batch, which is still deleted")
    void closingWaitsForARunningBatch() throws Exception {
        var queue = queues.create(60, 5, 10);
        var started = new CountDownLatch(1);
        var finished = new AtomicBoolean();
        var sources = queues.feed(queue, event -> {
            started.countDown();
            Eventually.sleep(Duration.ofMillis(700));
            finished.set(true);
            return "";
        });
        queues.send(queue, "slow");
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        sources.close();

        assertThat(finished).isTrue();
        assertThat(queues.messagesIn(queue.url())).isZero();
    }

    private void assertTheFirstBatchComesBackWhenTheConsumer(Function<String, String> failingAnswer) throws Exception {
        var queue = queues.create(1, 5, 10);
        var events = new LinkedBlockingQueue<JsonNode>();
        var first = new AtomicBoolean(true);
        var firstBatch = new CopyOnWriteArrayList<String>();
        QueueConsumer consumer = recording(events, event -> {
            if (first.compareAndSet(true, false)) {
                read(event).path("Records").forEach(r -> firstBatch.add(r.path("messageId").asText()));
                return failingAnswer.apply(event);
            }
            return "";
        });
        try (var ignored = queues.feed(queue, consumer)) {
            queues.send(queue, "one", "two");

            Eventually.until(() -> !firstBatch.isEmpty() && events.stream().filter(r -> firstBatch.contains(
                    r.path("messageId").asText())).count() == 2L * firstBatch.size());
            awaitEmpty(queue.url());
            assertThat(events).filteredOn(r -> firstBatch.contains(r.path("messageId").asText()))
                    .extracting(r -> r.path("attributes").path("ApproximateReceiveCount").asText())
                    .containsOnly("1", "2");
        }
    }

    /** Records every record of every event the consumer gets, then answers as told. */
    private QueueConsumer recording(BlockingQueue<JsonNode> records, Function<String, String> answer) {
        return event -> {
            read(event).path("Records").forEach(records::add);
            return answer.apply(event);
        };
    }

    private String failures(String event, Predicate<JsonNode> failed) {
        var response = json.createObjectNode();
        var failures = response.putArray("batchItemFailures");
        read(event).path("Records").forEach(record -> {
            if (failed.test(record)) {
                failures.addObject().put("itemIdentifier", record.path("messageId").asText());
            }
        });
        return response.toString();
    }

    private static List<JsonNode> records(BlockingQueue<JsonNode> records, int count) throws InterruptedException {
        var taken = new ArrayList<JsonNode>();
        while (taken.size() < count) {
            JsonNode record = records.poll(10, TimeUnit.SECONDS);
            assertThat(record).as("record %d of %d", taken.size() + 1, count).isNotNull();
            taken.add(record);
        }
        return taken;
    }

    private void awaitEmpty(String queueUrl) {
        Eventually.until(() -> queues.messagesIn(queueUrl) == 0);
    }

    private JsonNode read(String event) {
        try {
            return json.readTree(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
