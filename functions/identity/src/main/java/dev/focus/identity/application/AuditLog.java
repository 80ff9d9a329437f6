package dev.focus.identity.application;

import dev.focus.identity.model.AuditEntry;

import java.util.List;
import java.util.Optional;

public interface AuditLog {

    void record(AuditEntry entry);

    /** Newest first; {@code beforeId} continues after the last entry of the previous page. */
    List<AuditEntry> newestFirst(Optional<String> beforeId, int limit);
}
