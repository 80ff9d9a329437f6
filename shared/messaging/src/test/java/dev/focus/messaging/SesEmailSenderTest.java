package dev.focus.messaging;

import dev.focus.emulators.LocalCloud;
import dev.focus.testkit.WithLocalCloud;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@WithLocalCloud
class SesEmailSenderTest {

    @Test
    @DisplayName("an email goes through SES v2 from focus.email.from with its subject and text")
    void sends_through_ses(LocalCloud cloud) {
        Map<String, Object> settings = new HashMap<>(cloud.settings());
        settings.put("focus.email.from", "hello@focus.test");
        String to = UUID.randomUUID() + "@example.com";
        try (var context = ApplicationContext.run(settings)) {
            context.getBean(EmailSender.class).send(new EmailMessage(to, "Welcome", "Hi there"));
        }

        var sent = cloud.ses().emails().stream().filter(email -> email.to().contains(to)).findFirst().orElseThrow();
        assertThat(sent.from()).isEqualTo("hello@focus.test");
        assertThat(sent.subject()).isEqualTo("Welcome");
        assertThat(sent.text()).isEqualTo("Hi there");
    }

    @Test
    @DisplayName("without focus.email.from nothing is sent and the caller is told")
    void needs_a_sender(LocalCloud cloud) {
        try (var context = ApplicationContext.run(new HashMap<>(cloud.settings()))) {
            assertThatThrownBy(() -> context.getBean(EmailSender.class).send(new EmailMessage("a@b.c", "s", "t")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("focus.email.from");
        }
    }
}
