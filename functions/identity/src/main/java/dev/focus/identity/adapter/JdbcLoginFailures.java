package dev.focus.identity.adapter;

import dev.focus.identity.application.LoginFailures;

import java.time.Instant;
import java.util.Optional;

final class JdbcLoginFailures implements LoginFailures {

    private final Sql sql;

    JdbcLoginFailures(Sql sql) {
        this.sql = sql;
    }

    /** A transaction-scoped advisory lock: PostgreSQL releases it at commit or rollback. */
    @Override
    public void lock(String key) {
        sql.one("SELECT pg_advisory_xact_lock(hashtext(?))", rs -> Boolean.TRUE, key);
    }

    @Override
    public long record(String accountKey, String clientNetwork, Optional<String> deviceId, Instant at) {
        return sql.one("INSERT INTO login_failures (account_key, client_ip, device_id, failed_at) VALUES (?, ?, ?, ?)"
                + " RETURNING id", rs -> rs.getLong("id"), accountKey, clientNetwork, deviceId, at).orElseThrow();
    }

    @Override
    public void forget(long failureId) {
        sql.update("DELETE FROM login_failures WHERE id = ?", failureId);
    }

    /** Skips rows a parallel attempt is deleting: two clean-ups never wait for (or deadlock on) each other. */
    @Override
    public void forgetBefore(Instant cutoff) {
        sql.update("DELETE FROM login_failures WHERE id IN"
                + " (SELECT id FROM login_failures WHERE failed_at < ? FOR UPDATE SKIP LOCKED)", cutoff);
    }

    @Override
    public Window untrustedOfAccountSince(String accountKey, Instant since) {
        return window("account_key = ? AND device_id IS NULL", accountKey, since);
    }

    @Override
    public Window untrustedFromClientSince(String clientNetwork, Instant since) {
        return window("client_ip = ? AND device_id IS NULL", clientNetwork, since);
    }

    @Override
    public Window ofDeviceSince(String deviceId, Instant since) {
        return window("device_id = ?", deviceId, since);
    }

    @Override
    public void forgetUntrustedOfAccountFrom(String accountKey, String clientNetwork) {
        sql.update("DELETE FROM login_failures WHERE account_key = ? AND client_ip = ? AND device_id IS NULL",
                accountKey, clientNetwork);
    }

    @Override
    public void forgetDevice(String deviceId) {
        sql.update("DELETE FROM login_failures WHERE device_id = ?", deviceId);
    }

    private Window window(String condition, String key, Instant since) {
        return sql.one("SELECT count(*) AS failures, min(failed_at) AS oldest FROM login_failures WHERE " + condition
                        + " AND failed_at > ?",
                rs -> new Window(rs.getInt("failures"), Sql.instant(rs, "oldest")), key, since).orElseThrow();
    }
}
