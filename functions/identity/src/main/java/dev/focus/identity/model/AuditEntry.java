package dev.focus.identity.model;

import java.time.Instant;
import java.util.Optional;

/** One security event. Ids outlive the accounts they name: the log is never cascaded away. */
public record AuditEntry(String id, Instant occurredAt, AuditAction action, Optional<String> actorId,
                         Optional<String> subjectId, String detail, Optional<String> clientIp) {
}
