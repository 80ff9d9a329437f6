package dev.focus.identity.adapter;

import dev.focus.identity.application.AccountConflict;
import dev.focus.identity.application.Users;
import dev.focus.identity.model.AccountStatus;
import dev.focus.identity.model.EmailPreferences;
import dev.focus.identity.model.Role;
import dev.focus.identity.model.User;
import io.micronaut.data.exceptions.DataAccessException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

final class JdbcUsers implements Users {

    private static final String COLUMNS = "id, email, username, password_hash, role, status, email_verified, bio, avatar_url, "
            + "timezone, email_reminders, email_weekly_digest, email_challenge_updates, total_focus_time, total_sessions, "
            + "created_at, updated_at";

    private final Sql sql;

    private static final String BY_ID = "id = ?";
    private static final String BY_EMAIL = "lower(email) = lower(?)";
    private static final String BY_USERNAME = "lower(username) = lower(?)";
    private static final String FOR_UPDATE = " FOR UPDATE";

    JdbcUsers(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<User> byId(String id) {
        return one(BY_ID, "", id);
    }

    @Override
    public Optional<User> byEmail(String normalizedEmail) {
        return one(BY_EMAIL, "", normalizedEmail);
    }

    @Override
    public Optional<User> byUsername(String username) {
        return one(BY_USERNAME, "", username);
    }

    @Override
    public Optional<User> lockById(String id) {
        return one(BY_ID, FOR_UPDATE, id);
    }

    @Override
    public Optional<User> lockByEmail(String normalizedEmail) {
        return one(BY_EMAIL, FOR_UPDATE, normalizedEmail);
    }

    private Optional<User> one(String where, String lock, String value) {
        return sql.one("SELECT " + COLUMNS + " FROM users WHERE " + where + lock, JdbcUsers::user, value);
    }

    @Override
    public boolean insert(User u) {
        EmailPreferences p = u.emailPreferences();
        return sql.update("INSERT INTO users (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING",
                u.id(), u.email(), u.username(), u.passwordHash(), u.role(), u.status(), u.emailVerified(), u.bio(),
                u.avatarUrl(), u.timezone(), p.reminders(), p.weeklyDigest(), p.challengeUpdates(), u.totalFocusTime(),
                u.totalSessions(), u.createdAt(), u.updatedAt()) == 1;
    }

    @Override
    public void update(User u) {
        EmailPreferences p = u.emailPreferences();
        try {
            sql.update("UPDATE users SET username = ?, password_hash = ?, role = ?, status = ?, email_verified = ?, bio = ?, "
                            + "avatar_url = ?, timezone = ?, email_reminders = ?, email_weekly_digest = ?, "
                            + "email_challenge_updates = ?, updated_at = ? WHERE id = ?",
                    u.username(), u.passwordHash(), u.role(), u.status(), u.emailVerified(), u.bio(), u.avatarUrl(),
                    u.timezone(), p.reminders(), p.weeklyDigest(), p.challengeUpdates(), u.updatedAt(), u.id());
        } catch (DataAccessException e) {
            if (e.getCause() instanceof SQLException sqlException && "23505".equals(sqlException.getSQLState())) {
                throw new AccountConflict("username " + u.username() + " was taken concurrently");
            }
            throw e;
        }
    }

    @Override
    public void delete(String id) {
        sql.update("DELETE FROM users WHERE id = ?", id);
    }

    @Override
    public List<User> search(Optional<String> query, Optional<String> afterId, int limit) {
        String prefix = query.map(q -> escapeLike(q.toLowerCase(Locale.ROOT)) + "%").orElse("%");
        return sql.list("SELECT " + COLUMNS + " FROM users "
                        + "WHERE (lower(email) LIKE ? OR lower(username) LIKE ?) AND id > ? ORDER BY id LIMIT ?",
                JdbcUsers::user, prefix, prefix, afterId.orElse(""), limit);
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getString("id"), rs.getString("email"), rs.getString("username"),
                Optional.ofNullable(rs.getString("password_hash")), Role.valueOf(rs.getString("role")),
                AccountStatus.valueOf(rs.getString("status")), rs.getBoolean("email_verified"), rs.getString("bio"),
                rs.getString("avatar_url"), rs.getString("timezone"),
                new EmailPreferences(rs.getBoolean("email_reminders"), rs.getBoolean("email_weekly_digest"),
                        rs.getBoolean("email_challenge_updates")),
                rs.getLong("total_focus_time"), rs.getLong("total_sessions"),
                Sql.instant(rs, "created_at").orElseThrow(), Sql.instant(rs, "updated_at").orElseThrow());
    }
}
