package dev.focus.identity.adapter;

import dev.focus.identity.application.LoginFailures;
import dev.focus.identity.application.LoginThrottle;

import java.time.Instant;

final class JdbcLoginFailures implements LoginFailures {

    private final Sql sql;

    JdbcLoginFailures(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void record(String accountKey, String clientIp, Instant at) {
        sql.update("DELETE FROM login_failures WHERE failed_at < ?", at.minus(LoginThrottle.WINDOW));
        sql.update("INSERT INTO login_failures (account_key, client_ip, failed_at) VALUES (?, ?, ?)", accountKey, clientIp, at);
    }

    @Override
    public Window ofAccountSince(String accountKey, Instant since) {
        return window("account_key", accountKey, since);
    }

    @Override
    public Window ofClientSince(String clientIp, Instant since) {
        return window("client_ip", clientIp, since);
    }

    @Override
    public void forgetAccount(String accountKey) {
        sql.update("DELETE FROM login_failures WHERE account_key = ?", accountKey);
    }

    private Window window(String column, String key, Instant since) {
        return sql.one("SELECT count(*) AS failures, min(failed_at) AS oldest FROM login_failures WHERE " + column
                        + " = ? AND failed_at > ?",
                rs -> new Window(rs.getInt("failures"), Sql.instant(rs, "oldest")), key, since).orElseThrow();
    }
}
