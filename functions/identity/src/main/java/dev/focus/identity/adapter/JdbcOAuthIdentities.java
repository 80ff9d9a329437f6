package dev.focus.identity.adapter;

import dev.focus.identity.application.OAuthIdentities;

import java.time.Instant;
import java.util.Optional;

final class JdbcOAuthIdentities implements OAuthIdentities {

    private final Sql sql;

    JdbcOAuthIdentities(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<String> userOf(String provider, String subject) {
        return sql.one("SELECT user_id FROM oauth_identities WHERE provider = ? AND subject = ?",
                rs -> rs.getString("user_id"), provider, subject);
    }

    @Override
    public boolean link(String provider, String subject, String userId, Instant at) {
        return sql.update("INSERT INTO oauth_identities (provider, subject, user_id, linked_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", provider, subject, userId, at) == 1;
    }
}
