package dev.focus.identity.adapter;

import dev.focus.identity.application.DeviceTokens;
import dev.focus.identity.model.DeviceToken;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

final class JdbcDeviceTokens implements DeviceTokens {

    private final Sql sql;

    JdbcDeviceTokens(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void insert(DeviceToken t) {
        sql.update("INSERT INTO device_tokens (id, user_id, token_hash, issued_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                t.id(), t.userId(), t.tokenHash(), t.issuedAt(), t.expiresAt());
    }

    @Override
    public Optional<DeviceToken> byHash(String tokenHash) {
        return sql.one("SELECT * FROM device_tokens WHERE token_hash = ?", JdbcDeviceTokens::token, tokenHash);
    }

    @Override
    public void delete(String id) {
        sql.update("DELETE FROM device_tokens WHERE id = ?", id);
    }

    @Override
    public void deleteExpiredOf(String userId, Instant now) {
        sql.update("DELETE FROM device_tokens WHERE user_id = ? AND expires_at <= ?", userId, now);
    }

    @Override
    public void deleteAllOf(String userId) {
        sql.update("DELETE FROM device_tokens WHERE user_id = ?", userId);
    }

    private static DeviceToken token(ResultSet rs) throws SQLException {
        return new DeviceToken(rs.getString("id"), rs.getString("user_id"), rs.getString("token_hash"),
                Sql.instant(rs, "issued_at").orElseThrow(), Sql.instant(rs, "expires_at").orElseThrow());
    }
}
