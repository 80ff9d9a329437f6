package dev.focus.messaging;

/** Sends an email from the configured {@code focus.email.from} address. */
public interface EmailSender {

    void send(EmailMessage message);
}
