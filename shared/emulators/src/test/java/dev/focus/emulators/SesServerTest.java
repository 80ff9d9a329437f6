package dev.focus.emulators;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("emulators")
class SesServerTest {

    static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    static SesServer server;
    static SesV2Client ses;

    @BeforeAll
    static void start() {
        server = SesServer.start(0, Clock.fixed(NOW, ZoneOffset.UTC));
        ses = SesV2Client.builder()
                .endpointOverride(server.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @AfterAll
    static void stop() {
        ses.close();
        server.close();
    }

    @BeforeEach
    void clear() {
        server.clear();
    }

    @Test
    @DisplayName("an email sent through SesV2Client is recorded, newest first, with the message id the client got")
    void recordsSentEmails() {
        send("first@example.com", "First");
        String messageId = ses.sendEmail(b -> b.fromEmailAddress("focus@example.com")
                .destination(d -> d.toAddresses("ada@example.com"))
                .content(c -> c.simple(m -> m.subject(s -> s.data("Verify your email"))
                        .body(body -> body.text(t -> t.data("Your code is 123456")).html(h -> h.data("<b>123456</b>"))))))
                .messageId();

        assertThat(server.emails()).hasSize(2).first().isEqualTo(new SentEmail(messageId,
                java.util.List.of("ada@example.com"), "focus@example.com", "Verify your email",
                "Your code is 123456", "<b>123456</b>", NOW));
    }

    @Test
    @DisplayName("a request without content is refused with SES's BadRequestException")
    void refusesAnEmailWithoutContent() {
        assertThatThrownBy(() -> ses.sendEmail(b -> b.fromEmailAddress("focus@example.com")
                .destination(d -> d.toAddresses("ada@example.com"))
                .content(c -> c.simple(m -> m.subject(s -> s.data("no body")).body(body -> { })))))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("Body needs Text or Html");
        assertThat(server.emails()).isEmpty();
    }

    private static void send(String to, String subject) {
        ses.sendEmail(b -> b.fromEmailAddress("focus@example.com").destination(d -> d.toAddresses(to))
                .content(c -> c.simple(m -> m.subject(s -> s.data(subject)).body(body -> body.text(t -> t.data("hi"))))));
    }
}
