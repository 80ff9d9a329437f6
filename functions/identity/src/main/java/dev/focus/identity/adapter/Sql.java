package dev.focus.identity.adapter;

import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain SQL with Instants as timestamptz: on the transaction's connection inside a transaction, else on a
 * connection borrowed for the one statement.
 */
final class Sql {

    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final JdbcOperations jdbc;
    private final ConnectionOperations<Connection> connections;

    Sql(JdbcOperations jdbc, ConnectionOperations<Connection> connections) {
        this.jdbc = jdbc;
        this.connections = connections;
    }

    int update(String sql, Object... params) {
        return connections.executeWrite(status -> jdbc.prepareStatement(sql, statement -> {
            bind(statement, params);
            return statement.executeUpdate();
        }));
    }

    <T> List<T> list(String sql, Row<T> row, Object... params) {
        return connections.executeWrite(status -> jdbc.prepareStatement(sql, statement -> {
            bind(statement, params);
            try (ResultSet rs = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
                return rows;
            }
        }));
    }

    <T> Optional<T> one(String sql, Row<T> row, Object... params) {
        return list(sql, row, params).stream().findFirst();
    }

    static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return Optional.ofNullable(timestamp).map(Timestamp::toInstant);
    }

    private static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object param = params[i];
            if (param instanceof Instant instant) {
                statement.setTimestamp(i + 1, Timestamp.from(instant));
            } else if (param instanceof Optional<?> optional) {
                statement.setObject(i + 1, optional.map(Sql::plain).orElse(null));
            } else if (param instanceof Enum<?> value) {
                statement.setString(i + 1, value.name());
            } else {
                statement.setObject(i + 1, param);
            }
        }
    }

    private static Object plain(Object value) {
        if (value instanceof Instant instant) {
            return Timestamp.from(instant);
        }
        return value instanceof Enum<?> e ? e.name() : value;
    }
}
