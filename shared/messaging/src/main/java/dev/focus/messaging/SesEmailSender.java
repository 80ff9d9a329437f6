package dev.focus.messaging;

import dev.focus.aws.AwsClients;
import dev.focus.aws.OnFirstUse;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;

@Singleton
final class SesEmailSender implements EmailSender {

    private final String from;
    private final OnFirstUse<SesV2Client> ses;

    SesEmailSender(AwsClients clients,
                   @Nullable @Value("${focus.email.from:}") String from,
                   @Nullable @Value("${focus.ses.endpoint:}") String endpoint) {
        this.from = from;
        this.ses = new OnFirstUse<>(() -> clients.build(SesV2Client.builder(), endpoint));
    }

    @Override
    public void send(EmailMessage message) {
        if (from == null || from.isBlank()) {
            throw new IllegalStateException("focus.email.from is not configured");
        }
        try {
            ses.get().sendEmail(request -> request
                    .fromEmailAddress(from)
                    .destination(destination -> destination.toAddresses(message.to()))
                    .content(content -> content.simple(simple -> simple
                            .subject(subject -> subject.data(message.subject()).charset("UTF-8"))
                            .body(body -> body.text(text -> text.data(message.textBody()).charset("UTF-8"))))));
        } catch (SdkException e) {
            throw new MessagingFailure("SES did not accept an email to " + message.to(), e);
        }
    }
}
