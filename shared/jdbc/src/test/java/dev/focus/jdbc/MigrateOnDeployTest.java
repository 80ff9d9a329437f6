package dev.focus.jdbc;

import dev.focus.emulators.LocalCloud;
import dev.focus.testkit.WithLocalCloud;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@WithLocalCloud
@DisplayName("The deploy-time migration handler")
class MigrateOnDeployTest {

    @Test
    @DisplayName("migrates a fresh database to the newest version, and a second run changes nothing")
    void migratesOnceAndIsIdempotent(LocalCloud cloud) throws Exception {
        String url = cloud.newDatabase("migrate");
        String user = cloud.postgres().username();
        String password = cloud.postgres().password();
        System.setProperty("datasources.default.url", url);
        System.setProperty("datasources.default.username", user);
        System.setProperty("datasources.default.password", password);
        try {
            var handler = new MigrateOnDeploy();

            assertThat(handler.handleRequest(Map.of(), null)).containsEntry("schema_version", "2");
            assertThat(handler.handleRequest(Map.of(), null)).containsEntry("schema_version", "2");

            try (var connection = DriverManager.getConnection(url, user, password);
                 var rows = connection.createStatement().executeQuery("select count(*) from flyway_schema_history")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(2);
            }
        } finally {
            System.clearProperty("datasources.default.url");
            System.clearProperty("datasources.default.username");
            System.clearProperty("datasources.default.password");
        }
    }
}
