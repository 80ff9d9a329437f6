package dev.focus.localstack;

import java.time.Instant;
import java.util.Optional;

/** What API Gateway knows about a connection from its upgrade request, repeated in every event of that connection. */
record ConnectionContext(String connectionId, Instant connectedAt, String sourceIp, Optional<String> userAgent,
                         String domainName) {
}
