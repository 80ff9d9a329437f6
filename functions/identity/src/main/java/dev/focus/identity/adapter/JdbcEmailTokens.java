package dev.focus.identity.adapter;

import dev.focus.identity.application.EmailTokens;
import dev.focus.identity.model.EmailTokenPurpose;

import java.time.Instant;
import java.util.Optional;

final class JdbcEmailTokens implements EmailTokens {

    private final Sql sql;

    JdbcEmailTokens(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void insert(String tokenHash, String userId, EmailTokenPurpose purpose, Instant expiresAt) {
        sql.update("INSERT INTO email_tokens (token_hash, user_id, purpose, expires_at) VALUES (?, ?, ?, ?)",
                tokenHash, userId, purpose, expiresAt);
    }

    @Override
    public Optional<String> consume(String tokenHash, EmailTokenPurpose purpose, Instant now) {
        return sql.one("UPDATE email_tokens SET used_at = ? "
                        + "WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ? RETURNING user_id",
                rs -> rs.getString("user_id"), now, tokenHash, purpose, now);
    }

    @Override
    public void discardAll(String userId, EmailTokenPurpose purpose) {
        sql.update("DELETE FROM email_tokens WHERE user_id = ? AND purpose = ? ", userId, purpose);
    }
}
