package dev.focus.localstack;

import dev.focus.emulators.LocalCloud;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** DynamoDB Local, ElasticMQ, PostgreSQL and the SES endpoint, started together by the emulators module. */
final class Emulators implements AutoCloseable {

    private final LocalCloud cloud;

    private Emulators(LocalCloud cloud) {
        this.cloud = cloud;
    }

    static Emulators start(Optional<Path> dataDir, boolean wipe) {
        return new Emulators(LocalCloud.start(new LocalCloud.Options(dataDir, wipe)));
    }

    /** Micronaut property to value: endpoints, queue URLs, the datasource and dummy AWS credentials. */
    Map<String, String> settings() {
        return cloud.settings();
    }

    URI sqsEndpoint() {
        return cloud.sqs().endpoint();
    }

    /** Queue name (dead-letter queues included) to queue URL. */
    Map<String, String> queueUrls() {
        return cloud.queueUrls();
    }

    List<Email> emails() {
        return cloud.ses().emails().stream()
                .map(e -> new Email(e.messageId(), e.to(), e.from(), e.subject(), e.text(), e.html(), e.sentAt()))
                .toList();
    }

    @Override
    public void close() {
        cloud.close();
    }
}
