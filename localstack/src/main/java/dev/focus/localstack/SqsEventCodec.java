package dev.focus.localstack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lambda's SQS event for a batch of received messages, and the function's partial batch response
 * ({@code {"batchItemFailures":[{"itemIdentifier":"<messageId>"}]}}) read back by Lambda's rules.
 */
final class SqsEventCodec {

    private static final BatchOutcome ALL_SUCCEEDED = new BatchOutcome.AllSucceeded();

    private final ObjectMapper json;

    SqsEventCodec(ObjectMapper json) {
        this.json = json;
    }

    String event(List<Message> batch, EventSourceMapping mapping) {
        ObjectNode event = json.createObjectNode();
        var records = event.putArray("Records");
        for (Message message : batch) {
            ObjectNode record = records.addObject();
            record.put("messageId", message.messageId());
            record.put("receiptHandle", message.receiptHandle());
            record.put("body", message.body());
            ObjectNode attributes = record.putObject("attributes");
            message.attributesAsStrings().forEach(attributes::put);
            ObjectNode messageAttributes = record.putObject("messageAttributes");
            message.messageAttributes().forEach((name, value) -> messageAttributes.set(name, attribute(value)));
            record.put("md5OfBody", message.md5OfBody());
            record.put("eventSource", "aws:sqs");
            record.put("eventSourceARN", mapping.queueArn());
            record.put("awsRegion", mapping.region());
        }
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an SQS event", e);
        }
    }

    /**
     * A null, empty or failure-free response deletes the whole batch; a response that is not JSON, or names an
     * item that is empty, missing or not in this batch, fails the whole batch (Lambda's partial batch response rules).
     */
    BatchOutcome outcome(String responseJson, Set<String> batchMessageIds) {
        if (responseJson == null || responseJson.isBlank()) {
            return ALL_SUCCEEDED;
        }
        JsonNode response;
        try {
            response = json.readTree(responseJson);
        } catch (JsonProcessingException e) {
            return new BatchOutcome.AllFailed("the response is not JSON");
        }
        if (response.isNull()) {
            return ALL_SUCCEEDED;
        }
        if (!response.isObject()) {
            return new BatchOutcome.AllFailed("the response is not a JSON object");
        }
        JsonNode failures = response.path("batchItemFailures");
        if (failures.isMissingNode() || failures.isNull() || (failures.isArray() && failures.isEmpty())) {
            return ALL_SUCCEEDED;
        }
        if (!failures.isArray()) {
            return new BatchOutcome.AllFailed("batchItemFailures is not a list");
        }
        var failed = new LinkedHashSet<String>();
        for (JsonNode failure : failures) {
            JsonNode id = failure.path("itemIdentifier");
            if (!id.isTextual() || id.asText().isEmpty()) {
                return new BatchOutcome.AllFailed("a batch item failure has no itemIdentifier");
            }
            if (!batchMessageIds.contains(id.asText())) {
                return new BatchOutcome.AllFailed("itemIdentifier " + id.asText() + " is no message of this batch");
            }
            failed.add(id.asText());
        }
        return new BatchOutcome.SomeFailed(failed);
    }

    /** Lambda's camelCase form; the list fields are reserved by SQS and always empty. */
    private ObjectNode attribute(MessageAttributeValue value) {
        ObjectNode attribute = json.createObjectNode();
        if (value.stringValue() != null) {
            attribute.put("stringValue", value.stringValue());
        }
        if (value.binaryValue() != null) {
            attribute.put("binaryValue", Base64.getEncoder().encodeToString(value.binaryValue().asByteArray()));
        }
        attribute.putArray("stringListValues");
        attribute.putArray("binaryListValues");
        attribute.put("dataType", value.dataType());
        return attribute;
    }
}
