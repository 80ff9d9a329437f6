package dev.focus.messaging;

/** A plain-text email to one recipient. */
public record EmailMessage(String to, String subject, String textBody) {
}
