package dev.focus.resources;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.focus.resources.Setting.*;

/** Every table, queue and function of Focus. Add a context here and the CDK, the local stack and the tests follow. */
public final class FocusResources {

    public static final TableDefinition TABLE = new TableDefinition("focus", "pk", "sk",
            List.of(new TableDefinition.IndexDefinition("gsi1", "gsi1pk", "gsi1sk")),
            Optional.of("expires_at"));

    /** Account events (UserDeleted) that other contexts consume. */
    public static final QueueDefinition USER_EVENTS = new QueueDefinition("user-events", 60, 5, 10, Optional.empty());

    public static final FunctionDefinition IDENTITY = new FunctionDefinition(
            "identity", "functions/identity",
            "io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction",
            1024, 15,
            List.of(HttpRoute.any("/api/v1/auth/{proxy+}"),
                    HttpRoute.any("/api/v1/users/{proxy+}"),
                    HttpRoute.any("/api/v1/admin/users"),
                    HttpRoute.any("/api/v1/admin/users/{proxy+}"),
                    HttpRoute.any("/api/v1/admin/audit-log")),
            Set.of(REGION, SQS_ENDPOINT, SES_ENDPOINT, EMAIL_FROM, WEB_BASE_URL, JWT_SECRET,
                    DATASOURCE_URL, DATASOURCE_USERNAME, DATASOURCE_PASSWORD, MIGRATE_ON_START,
                    GOOGLE_JWKS_URL, GOOGLE_CLIENT_ID, ADMIN_EMAILS, USER_EVENTS.urlSetting()));

    /** The handler, in every PostgreSQL function's jar, that runs its migrations once per deployment. */
    public static final String MIGRATION_HANDLER = "dev.focus.jdbc.MigrateOnDeploy";

    private FocusResources() {
    }

    public static List<QueueDefinition> queues() {
        return List.of(USER_EVENTS);
    }

    public static List<FunctionDefinition> functions() {
        return List.of(IDENTITY);
    }
}
