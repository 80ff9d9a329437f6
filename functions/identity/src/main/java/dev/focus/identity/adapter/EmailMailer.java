package dev.focus.identity.adapter;

import dev.focus.identity.application.Mailer;
import dev.focus.identity.model.User;
import dev.focus.messaging.EmailMessage;
import dev.focus.messaging.EmailSender;
import dev.focus.messaging.MessagingFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Account emails. A refused email does not fail the request that caused it (the account change is already
 * committed): it is logged as an error and the user can ask again (resend-verification, forgot-password).
 */
final class EmailMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(EmailMailer.class);

    private final EmailSender sender;
    private final String webBaseUrl;

    EmailMailer(EmailSender sender, String webBaseUrl) {
        this.sender = sender;
        this.webBaseUrl = webBaseUrl.endsWith("/") ? webBaseUrl.substring(0, webBaseUrl.length() - 1) : webBaseUrl;
    }

    @Override
    public void sendVerification(User user, String token) {
        send(new EmailMessage(user.email(), "Confirm your Focus email address",
                "Hello " + user.username() + ",\n\nConfirm your email address by opening this link within 24 hours:\n"
                        + link("/verify-email", token) + "\n\nIf you did not create a Focus account, ignore this email.\n"));
    }

    @Override
    public void sendPasswordReset(User user, String token) {
        send(new EmailMessage(user.email(), "Reset your Focus password",
                "Hello " + user.username() + ",\n\nChoose a new password by opening this link within one hour:\n"
                        + link("/reset-password", token) + "\n\nThe link works once. If you did not ask for it, ignore this email.\n"));
    }

    private String link(String path, String token) {
        return webBaseUrl + path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private void send(EmailMessage message) {
        try {
            sender.send(message);
        } catch (MessagingFailure e) {
            LOG.error("Email '{}' was not sent", message.subject(), e);
        }
    }
}
