package dev.focus.identity.application;

import dev.focus.identity.model.AuditAction;
import dev.focus.identity.model.AuditEntry;

import java.time.Clock;
import java.util.Optional;

/** Writes security events to the audit log, stamped with the clock and a new id. */
public final class Audit {

    private final AuditLog log;
    private final Ids ids;
    private final Clock clock;

    public Audit(AuditLog log, Ids ids, Clock clock) {
        this.log = log;
        this.ids = ids;
        this.clock = clock;
    }

    public void record(AuditAction action, Optional<String> actorId, Optional<String> subjectId, String detail,
                       Optional<String> clientIp) {
        log.record(new AuditEntry(ids.next(), clock.instant(), action, actorId, subjectId, detail, clientIp));
    }

    /** An event the user did to their own account. */
    public void bySelf(AuditAction action, String userId, String detail, Optional<String> clientIp) {
        record(action, Optional.of(userId), Optional.of(userId), detail, clientIp);
    }
}
