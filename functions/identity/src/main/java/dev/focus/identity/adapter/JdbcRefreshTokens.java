package dev.focus.identity.adapter;

import dev.focus.identity.application.RefreshTokens;
import dev.focus.identity.model.RefreshToken;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

final class JdbcRefreshTokens implements RefreshTokens {

    private final Sql sql;

    JdbcRefreshTokens(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void insert(RefreshToken t) {
        sql.update("INSERT INTO refresh_tokens (id, family_id, user_id, token_hash, issued_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
                t.id(), t.familyId(), t.userId(), t.tokenHash(), t.issuedAt(), t.expiresAt());
    }

    @Override
    public Optional<RefreshToken> byHash(String tokenHash) {
        return sql.one("SELECT * FROM refresh_tokens WHERE token_hash = ?", JdbcRefreshTokens::token, tokenHash);
    }

    @Override
    public boolean markRotated(String id, Instant at) {
        return sql.update("UPDATE refresh_tokens SET rotated_at = ? WHERE id = ? AND rotated_at IS NULL AND revoked_at IS NULL",
                at, id) == 1;
    }

    @Override
    public void revoke(String id, Instant at) {
        sql.update("UPDATE refresh_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", at, id);
    }

    @Override
    public void revokeFamily(String familyId, Instant at) {
        sql.update("UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL", at, familyId);
    }

    @Override
    public void revokeAllOf(String userId, Instant at) {
        sql.update("UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL", at, userId);
    }

    private static RefreshToken token(ResultSet rs) throws SQLException {
        return new RefreshToken(rs.getString("id"), rs.getString("family_id"), rs.getString("user_id"),
                rs.getString("token_hash"), Sql.instant(rs, "issued_at").orElseThrow(),
                Sql.instant(rs, "expires_at").orElseThrow(), Sql.instant(rs, "rotated_at"), Sql.instant(rs, "revoked_at"));
    }
}
