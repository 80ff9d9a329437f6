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

    /** Account events (UserDeleted); the rooms worker removes a deleted user from every room. */
    public static final QueueDefinition USER_EVENTS = new QueueDefinition("user-events", 60, 5, 10, Optional.of("rooms-worker"));

    /**
     * Wake-ups delayed to a timer's phase end, or to the end of an empty room's grace (at most 15 minutes each,
     * chained), consumed by the rooms worker.
     */
    public static final QueueDefinition TIMER_TRIGGERS = new QueueDefinition("timer-triggers", 60, 5, 10, Optional.of("rooms-worker"));

    /**
     * Room events ({@code timer_update}, {@code participant_joined}, ...) for real-time delivery: FIFO, one message
     * group per room, so a room's events reach its sockets in the order they were sent (decision 0006).
     */
    public static final QueueDefinition ROOM_EVENTS = new QueueDefinition("room-events", 60, 5, 10,
            Optional.of("realtime-worker"), true);

    /**
     * Account suspensions and reinstatements from identity; the realtime worker ends a suspended user's WebSocket
     * connections and refuses new ones while their access tokens may still be valid.
     */
    public static final QueueDefinition USER_STATUS = new QueueDefinition("user-status", 60, 5, 10,
            Optional.of("realtime-worker"));

    /** Messages for every connection of one user ({@code notification}, {@code achievement_unlocked}, ...). */
    public static final QueueDefinition USER_PUSHES = new QueueDefinition("user-pushes", 60, 5, 10,
            Optional.of("realtime-worker"));

    /** FocusSessionCompleted: one per participant present when a counted WORK phase ends. */
    public static final QueueDefinition FOCUS_SESSIONS = new QueueDefinition("focus-sessions", 60, 5, 10, Optional.empty());

    public static final FunctionDefinition IDENTITY = new FunctionDefinition(
            "identity", "functions/identity",
            "dev.focus.kernel.lambda.HttpApiFunction",
            1024, 15,
            List.of(HttpRoute.any("/api/v1/auth/{proxy+}"),
                    HttpRoute.any("/api/v1/users/{proxy+}"),
                    HttpRoute.any("/api/v1/admin/users"),
                    HttpRoute.any("/api/v1/admin/users/{proxy+}"),
                    HttpRoute.any("/api/v1/admin/audit-log")),
            Set.of(REGION, SQS_ENDPOINT, SES_ENDPOINT, EMAIL_FROM, WEB_BASE_URL, JWT_SECRET,
                    DATASOURCE_URL, DATASOURCE_USERNAME, DATASOURCE_PASSWORD, MIGRATE_ON_START,
                    GOOGLE_JWKS_URL, GOOGLE_CLIENT_ID, ADMIN_EMAILS, USER_EVENTS.urlSetting(), USER_STATUS.urlSetting()));

    private static final Set<Setting> ROOMS_SETTINGS = Set.of(REGION, TABLE_NAME, DYNAMODB_ENDPOINT, SQS_ENDPOINT,
            JWT_SECRET, TIMER_TRIGGERS.urlSetting(), ROOM_EVENTS.urlSetting(), FOCUS_SESSIONS.urlSetting(),
            EMPTY_ROOM_GRACE);

    /** Rooms, participants and the server-owned timer (HTTP). */
    public static final FunctionDefinition ROOMS = new FunctionDefinition(
            "rooms", "functions/rooms",
            "dev.focus.kernel.lambda.HttpApiFunction",
            1024, 15,
            List.of(HttpRoute.any("/api/v1/rooms"),
                    HttpRoute.any("/api/v1/rooms/{proxy+}"),
                    HttpRoute.any("/api/v1/participants/{proxy+}"),
                    HttpRoute.any("/api/v1/timer/{proxy+}")),
            ROOMS_SETTINGS);

    /** The rooms context's queue consumer: phase ends (timer-triggers) and account deletions (user-events). */
    public static final FunctionDefinition ROOMS_WORKER = new FunctionDefinition(
            "rooms-worker", "functions/rooms", "dev.focus.rooms.adapter.RoomsWorker",
            1024, 20, List.of(), ROOMS_SETTINGS);

    private static final Set<Setting> REALTIME_SETTINGS = Set.of(REGION, TABLE_NAME, DYNAMODB_ENDPOINT, SQS_ENDPOINT,
            JWT_SECRET, TIMER_TRIGGERS.urlSetting(), ROOM_EVENTS.urlSetting(), FOCUS_SESSIONS.urlSetting(),
            WEBSOCKET_ENDPOINT, BROADCAST_CONCURRENCY);

    /**
     * The WebSocket API's handler: connections ($connect checks the access token), subscriptions to rooms, ping and
     * presence. Its answers go back on the same connection as the route's response.
     */
    public static final FunctionDefinition REALTIME = new FunctionDefinition(
            "realtime", "functions/realtime", "dev.focus.realtime.adapter.WebSocketHandler",
            1024, 10, List.of(), REALTIME_SETTINGS);

    /** Posts room events (room-events) and per-user pushes (user-pushes) to the subscribed connections. */
    public static final FunctionDefinition REALTIME_WORKER = new FunctionDefinition(
            "realtime-worker", "functions/realtime", "dev.focus.realtime.adapter.RealtimeWorker",
            1024, 20, List.of(), REALTIME_SETTINGS);

    /** The WebSocket API: {@code wss://.../<stage>} on AWS, {@code ws://localhost:8080/ws} locally. */
    public static final WebSocketApi WEBSOCKET_API = new WebSocketApi(REALTIME.name(), "/ws",
            List.of(WebSocketApi.CONNECT, WebSocketApi.DISCONNECT, WebSocketApi.DEFAULT,
                    "subscribe", "unsubscribe", "ping", "presence"));

    /** The handler, in every PostgreSQL function's jar, that runs its migrations once per deployment. */
    public static final String MIGRATION_HANDLER = "dev.focus.jdbc.MigrateOnDeploy";

    private FocusResources() {
    }

    public static List<QueueDefinition> queues() {
        return List.of(USER_EVENTS, USER_STATUS, TIMER_TRIGGERS, ROOM_EVENTS, USER_PUSHES, FOCUS_SESSIONS);
    }

    public static List<FunctionDefinition> functions() {
        return List.of(IDENTITY, ROOMS, ROOMS_WORKER, REALTIME, REALTIME_WORKER);
    }
}
