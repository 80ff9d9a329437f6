package dev.focus.emulators;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The parts of an SES v2 SendEmail request body the emulator understands, or why it is refused. */
sealed interface SendEmailRequest {

    record Valid(String from, List<String> to, String subject, String text, String html) implements SendEmailRequest {

        SentEmail toEmail(String messageId, Instant sentAt) {
            return new SentEmail(messageId, to, from, subject, text, html, sentAt);
        }
    }

    record Invalid(String message) implements SendEmailRequest {
    }

    static SendEmailRequest parse(byte[] body, ObjectMapper json) {
        JsonNode request;
        try {
            request = json.readTree(body);
        } catch (JsonProcessingException e) {
            return new Invalid("request body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return new Invalid("unreadable request body");
        }
        if (request == null || !request.isObject()) {
            return new Invalid("request body must be a JSON object");
        }
        String from = request.path("FromEmailAddress").asText("");
        if (from.isBlank()) {
            return new Invalid("FromEmailAddress is required");
        }
        JsonNode destination = request.path("Destination");
        List<String> to = addresses(destination.path("ToAddresses"));
        if (to.isEmpty() && addresses(destination.path("CcAddresses")).isEmpty()
                && addresses(destination.path("BccAddresses")).isEmpty()) {
            return new Invalid("Destination needs at least one address");
        }
        JsonNode simple = request.path("Content").path("Simple");
        if (simple.isMissingNode()) {
            return new Invalid("only Content.Simple is supported by the local SES emulator");
        }
        JsonNode subject = simple.path("Subject").path("Data");
        String text = textOrNull(simple.path("Body").path("Text").path("Data"));
        String html = textOrNull(simple.path("Body").path("Html").path("Data"));
        if (!subject.isTextual()) {
            return new Invalid("Content.Simple.Subject.Data is required");
        }
        if (text == null && html == null) {
            return new Invalid("Content.Simple.Body needs Text or Html");
        }
        return new Valid(from, to, subject.asText(), text, html);
    }

    private static List<String> addresses(JsonNode array) {
        List<String> addresses = new ArrayList<>();
        array.forEach(address -> addresses.add(address.asText()));
        return addresses;
    }

    private static String textOrNull(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
