package dev.focus.localstack;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Lambda's SQS event and partial batch response")
class SqsEventCodecTest {

    private static final EventSourceMapping MAPPING = new EventSourceMapping("timer-triggers",
            "http://127.0.0.1:9324/000000000000/timer-triggers", "arn:aws:sqs:eu-west-1:000000000000:timer-triggers",
            10, "rooms-worker");
    private static final Set<String> BATCH = Set.of("m1", "m2", "m3");

    private final SqsEventCodec codec = new SqsEventCodec(new ObjectMapper());

    @Test
    @DisplayName("the event reads into SQSEvent as the Lambda Java runtime reads it")
    void theEventReadsAsAnSqsEvent() {
        Message received = Message.builder().messageId("m1").receiptHandle("m1#r").body("{\"room\":\"r1\"}")
                .md5OfBody("0123456789abcdef0123456789abcdef")
                .attributesWithStrings(Map.of("ApproximateReceiveCount", "2", "SentTimestamp", "1700000000000",
                        "SenderId", "127.0.0.1", "ApproximateFirstReceiveTimestamp", "1700000000100"))
                .messageAttributes(Map.of(
                        "kind", MessageAttributeValue.builder().dataType("String").stringValue("phase-end").build(),
                        "raw", MessageAttributeValue.builder().dataType("Binary")
                                .binaryValue(SdkBytes.fromUtf8String("hi")).build()))
                .build();

        String json = codec.event(List.of(received), MAPPING);
        SQSEvent event = LambdaEventSerializers.serializerFor(SQSEvent.class, getClass().getClassLoader()).fromJson(json);

        SQSEvent.SQSMessage message = event.getRecords().getFirst();
        assertThat(message.getMessageId()).isEqualTo("m1");
        assertThat(message.getReceiptHandle()).isEqualTo("m1#r");
        assertThat(message.getBody()).isEqualTo("{\"room\":\"r1\"}");
        assertThat(message.getMd5OfBody()).isEqualTo("0123456789abcdef0123456789abcdef");
        assertThat(message.getAttributes()).containsEntry("ApproximateReceiveCount", "2")
                .containsEntry("SentTimestamp", "1700000000000").containsEntry("SenderId", "127.0.0.1")
                .containsEntry("ApproximateFirstReceiveTimestamp", "1700000000100");
        assertThat(message.getMessageAttributes().get("kind").getStringValue()).isEqualTo("phase-end");
        assertThat(message.getMessageAttributes().get("kind").getDataType()).isEqualTo("String");
        assertThat(StandardCharsets.UTF_8.decode(message.getMessageAttributes().get("raw").getBinaryValue()).toString())
                .isEqualTo("hi");
        assertThat(message.getEventSource()).isEqualTo("aws:sqs");
        assertThat(message.getEventSourceArn()).isEqualTo("arn:aws:sqs:eu-west-1:000000000000:timer-triggers");
        assertThat(message.getAwsRegion()).isEqualTo("eu-west-1");
    }

    @ParameterizedTest(name = "response [{0}]")
    @ValueSource(strings = {"", "null", "{}", "{\"batchItemFailures\":null}", "{\"batchItemFailures\":[]}"})
    @DisplayName("a response without failures deletes the whole batch")
    void noFailuresDeleteEverything(String response) {
        assertThat(codec.outcome(response, BATCH)).isEqualTo(new BatchOutcome.AllSucceeded());
    }

    @Test
    @DisplayName("failures naming messages of the batch fail only those")
    void namedFailuresFailOnlyThose() {
        String response = "{\"batchItemFailures\":[{\"itemIdentifier\":\"m2\"},{\"itemIdentifier\":\"m3\"}]}";

        assertThat(codec.outcome(response, BATCH)).isEqualTo(new BatchOutcome.SomeFailed(Set.of("m2", "m3")));
    }

    @ParameterizedTest(name = "response [{0}]")
    @ValueSource(strings = {"not json", "[]", "\"done\"", "{\"batchItemFailures\":\"m1\"}",
            "{\"batchItemFailures\":[{\"itemIdentifier\":\"\"}]}", "{\"batchItemFailures\":[{\"itemIdentifier\":null}]}",
            "{\"batchItemFailures\":[{\"messageId\":\"m1\"}]}",
            "{\"batchItemFailures\":[{\"itemIdentifier\":\"m1\"},{\"itemIdentifier\":\"elsewhere\"}]}"})
    @DisplayName("a response Lambda cannot use fails the whole batch")
    void anUnusableResponseFailsEverything(String response) {
        assertThat(codec.outcome(response, BATCH)).isInstanceOf(BatchOutcome.AllFailed.class);
    }
}
