package dev.focus.resources;

import java.util.Locale;

/**
 * A configuration value a function reads. On AWS the CDK passes it as the environment variable
 * {@link #environmentVariable()}; locally the stack passes the Micronaut property {@link #property()}.
 * Micronaut resolves both to the same property, so function code never knows which one it got.
 */
public record Setting(String property) {

    public static final Setting REGION = new Setting("focus.aws.region");
    public static final Setting TABLE_NAME = new Setting("focus.dynamodb.table-name");
    public static final Setting DYNAMODB_ENDPOINT = new Setting("focus.dynamodb.endpoint");
    public static final Setting SQS_ENDPOINT = new Setting("focus.sqs.endpoint");
    public static final Setting SES_ENDPOINT = new Setting("focus.ses.endpoint");
    public static final Setting EMAIL_FROM = new Setting("focus.email.from");
    public static final Setting WEB_BASE_URL = new Setting("focus.web.base-url");
    public static final Setting JWT_SECRET = new Setting("focus.jwt.secret");
    public static final Setting DATASOURCE_URL = new Setting("datasources.default.url");
    public static final Setting DATASOURCE_USERNAME = new Setting("datasources.default.username");
    public static final Setting DATASOURCE_PASSWORD = new Setting("datasources.default.password");
    public static final Setting GOOGLE_JWKS_URL = new Setting("focus.oauth.google.jwks-url");
    public static final Setting GOOGLE_CLIENT_ID = new Setting("focus.oauth.google.client-id");
    /** Whether a function runs its Flyway migrations as it starts: yes locally, no on AWS (a deploy step does). */
    public static final Setting MIGRATE_ON_START = new Setting("flyway.datasources.default.enabled");
    /**
     * Where functions post to WebSocket connections: the API Gateway Management API endpoint of the WebSocket
     * stage ({@code https://{api-id}.execute-api.{region}.amazonaws.com/{stage}}); locally the stack's base URL.
     */
    public static final Setting WEBSOCKET_ENDPOINT = new Setting("focus.websocket.management-endpoint");
    /** How many posts to WebSocket connections one broadcast runs at once (1 posts one after another). */
    public static final Setting BROADCAST_CONCURRENCY = new Setting("focus.websocket.broadcast-concurrency");
    /**
     * How long an active room nobody is in stays open before it closes by itself: a duration such as {@code 10m},
     * {@code 90s} or {@code PT1H} (10 minutes when unset).
     */
    public static final Setting EMPTY_ROOM_GRACE = new Setting("focus.rooms.empty-room-grace");
    /** Comma-separated addresses that become ADMIN once proven: how an operator gets the first admin. */
    public static final Setting ADMIN_EMAILS = new Setting("focus.identity.admin-emails");

    public static Setting queueUrl(String queueName) {
        return new Setting("focus.queues." + queueName + ".url");
    }

    /** {@code focus.dynamodb.table-name} becomes {@code FOCUS_DYNAMODB_TABLE_NAME}. */
    public String environmentVariable() {
        return property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
