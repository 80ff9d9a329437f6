package dev.focus.jdbc;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.jdbc.DataSourceResolver;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The deploy step that runs a function's Flyway migrations, so its request handlers do not pay for them on
 * every cold start (they run with {@code flyway.datasources.default.enabled=false} on AWS). The CDK deploys
 * the same jar a second time with this handler and invokes it once per deployment, before the API
 * function's new version is published. Answers the schema version it left the database at.
 */
public final class MigrateOnDeploy implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    static final String FLYWAY_ENABLED = "flyway.datasources.default.enabled";

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        try (ApplicationContext application = ApplicationContext.builder()
                .environments(Environment.FUNCTION)
                .properties(Map.of(FLYWAY_ENABLED, true))
                .start()) {
            // Flyway migrates when the data source is created
            DataSource managed = application.getBean(DataSource.class);
            DataSource dataSource = application.findBean(DataSourceResolver.class).map(resolver -> resolver.resolve(managed)).orElse(managed);
            return Map.of("schema_version", schemaVersion(dataSource));
        }
    }

    private static String schemaVersion(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select version from flyway_schema_history where success order by installed_rank desc limit 1")) {
            return rows.next() ? rows.getString(1) : "none";
        } catch (SQLException e) {
            throw new IllegalStateException("migrations ran but their history cannot be read", e);
        }
    }
}
