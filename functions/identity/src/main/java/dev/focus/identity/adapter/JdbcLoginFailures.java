package dev.focus.identity.adapter;

import dev.focus.identity.application.LoginFailures;

import java.time.Instant;
import java.util.Optional;

final class JdbcLoginFailures implements LoginFailures {

    private final Sql sql;

    JdbcLoginFailures(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void record(String accountKey, String clientIp, Optional<String> deviceId, Instant at) {
        sql.update("INSERT INTO login_failures (account_key, client_ip, device_id, failed_at) VALUES (?, ?, ?, ?)",
                accountKey, clientIp, deviceId, at);
    }

    @Override
    public void forgetBefore(Instant cutoff) {
        sql.update("DELETE FROM login_failures WHERE failed_at < ?", cutoff);
    }

    @Override
    public Window untrustedOfAccountSince(String accountKey, Instant since) {
        return window("account_key = ? AND device_id IS NULL", accountKey, since);
    }

    @Override
    public Window untrustedFromClientSince(String clientIp, Instant since) {
        return window("client_ip = ? AND device_id IS NULL", clientIp, since);
    }

    @Override
    public Window ofDeviceSince(String deviceId, Instant since) {
        return window("device_id = ?", deviceId, since);
    }

    @Override
    public void forgetUntrustedOfAccount(String accountKey) {
        sql.update("DELETE FROM login_failures WHERE account_key = ? AND device_id IS NULL", accountKey);
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
