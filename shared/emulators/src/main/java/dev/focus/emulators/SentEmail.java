package dev.focus.emulators;

import java.time.Instant;
import java.util.List;

/** An email accepted by {@link SesServer}: {@code to} holds the To addresses; text or html may be null. */
public record SentEmail(String messageId, List<String> to, String from, String subject, String text, String html,
                        Instant sentAt) {

    public SentEmail {
        to = List.copyOf(to);
    }
}
