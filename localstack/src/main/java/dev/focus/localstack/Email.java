package dev.focus.localstack;

import java.time.Instant;
import java.util.List;

/** An email a function sent through the local SES endpoint, as the emails page shows it. */
record Email(String messageId, List<String> to, String from, String subject, String text, String html, Instant sentAt) {

    Email {
        to = List.copyOf(to);
    }
}
