package dev.focus.emulators;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("emulators")
class PostgresServerTest {

    @TempDir
    Path tmp;

    @Test
    @DisplayName("rows written before a restart are read back after it, from the same data directory")
    void dataSurvivesARestart() throws SQLException {
        Path dataDir = tmp.resolve("pg");
        try (PostgresServer server = PostgresServer.start(dataDir, 0)) {
            server.createDatabase("survivors");
            server.createDatabase("survivors");
            try (Connection connection = server.connect("survivors"); Statement sql = connection.createStatement()) {
                sql.execute("create table note (text varchar primary key)");
                sql.execute("insert into note values ('kept')");
            }
        }
        try (PostgresServer restarted = PostgresServer.start(dataDir, 0);
             Connection connection = restarted.connect("survivors");
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("select text from note")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("kept");
        }
    }

    @Test
    @DisplayName("a wrong password is refused, as on the real database")
    void wrongPasswordIsRefused() {
        try (PostgresServer server = PostgresServer.start(tmp.resolve("pg"), 0)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> java.sql.DriverManager.getConnection(
                            server.jdbcUrl("postgres"), server.username(), "wrong"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
        }
    }

    @Test
    @DisplayName("a postmaster left behind by a killed run is stopped and the data directory reused")
    void stalePostmasterIsReplaced() throws SQLException {
        Path dataDir = tmp.resolve("pg");
        PostgresServer abandoned = PostgresServer.start(dataDir, 0);
        // simulate a killed JVM: the postmaster keeps running and nobody calls close()
        try (PostgresServer fresh = PostgresServer.start(dataDir, 0);
             Connection connection = fresh.connect("postgres");
             Statement sql = connection.createStatement();
             ResultSet one = sql.executeQuery("select 1")) {
            assertThat(one.next()).isTrue();
            assertThat(one.getInt(1)).isEqualTo(1);
            assertThat(abandoned.port()).isNotEqualTo(fresh.port());
        } finally {
            abandoned.close();
        }
    }
}
