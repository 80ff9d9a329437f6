package dev.focus.identity.adapter;

import dev.focus.identity.application.AuditLog;
import dev.focus.identity.model.AuditAction;
import dev.focus.identity.model.AuditEntry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

final class JdbcAuditLog implements AuditLog {

    private final Sql sql;

    JdbcAuditLog(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void record(AuditEntry e) {
        sql.update("INSERT INTO audit_log (id, occurred_at, action, actor_id, subject_id, detail, client_ip) VALUES (?, ?, ?, ?, ?, ?, ?)",
                e.id(), e.occurredAt(), e.action(), e.actorId(), e.subjectId(), e.detail(), e.clientIp());
    }

    @Override
    public List<AuditEntry> newestFirst(Optional<String> beforeId, int limit) {
        return beforeId
                .map(before -> sql.list("SELECT * FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?", JdbcAuditLog::entry, before, limit))
                .orElseGet(() -> sql.list("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", JdbcAuditLog::entry, limit));
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getString("id"), Sql.instant(rs, "occurred_at").orElseThrow(),
                AuditAction.valueOf(rs.getString("action")), Optional.ofNullable(rs.getString("actor_id")),
                Optional.ofNullable(rs.getString("subject_id")), rs.getString("detail"),
                Optional.ofNullable(rs.getString("client_ip")));
    }
}
