package dev.focus.broadcast;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * WebSocket connections and what they watch, in the one table (docs/data-model.md):
 * <ul>
 *   <li>{@code CONN#<id> / CONN}: the connection (user, roles, when it opened, the rooms it watches), and on gsi1
 *       {@code USERCONN#<user> / CONN#<id>} so a user's connections are one Query;</li>
 *   <li>{@code WATCH#<room> / CONN#<id>}: one item per connection watching a room (with its user and roles), so a
 *       room's watchers are one Query;</li>
 *   <li>{@code WATCH#<room> / SEQ}: the room's event counter, the {@code seq} of its last broadcast;</li>
 *   <li>{@code BLOCKED#<user> / BLOCKED}: a suspended user, refused new connections until it expires.</li>
 * </ul>
 * Every connection item expires (TTL) a little after API Gateway's two-hour connection limit, so connections whose
 * {@code $disconnect} never ran disappear even if no broadcast ever finds them gone; reads skip expired items that
 * DynamoDB has not yet deleted.
 */
public final class Connections {

    /** API Gateway closes every connection after two hours. */
    public static final Duration CONNECTION_LIMIT = Duration.ofHours(2);
    /** How long past the limit connection items live, covering clock skew and a late $disconnect. */
    static final Duration EXPIRY_MARGIN = Duration.ofMinutes(10);
    /** A room's counter outlives every connection that could have seen its last value. */
    static final Duration COUNTER_LIFETIME = Duration.ofDays(1);
    public static final int MAX_ROOMS_PER_CONNECTION = 20;

    private static final String CONNECTION_SK = "CONN";
    private static final String COUNTER_SK = "SEQ";
    private static final String BLOCK_SK = "BLOCKED";

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;

    public Connections(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
    }

    /** Stores a connection that {@code $connect} accepted, with who its access token named. */
    public void open(String connectionId, String userId, String username, Set<String> roles) {
        Instant now = clock.instant();
        var item = new HashMap<String, AttributeValue>();
        item.put("pk", s(connectionKey(connectionId)));
        item.put("sk", s(CONNECTION_SK));
        item.put("gsi1pk", s(userKey(userId)));
        item.put("gsi1sk", s(connectionKey(connectionId)));
        item.put("connection_id", s(connectionId));
        item.put("user_id", s(userId));
        item.put("username", s(username));
        item.put("connected_at", s(now.toString()));
        item.put("expires_at", n(expiry(now)));
        if (!roles.isEmpty()) {
            item.put("roles", AttributeValue.fromSs(List.copyOf(roles)));
        }
        dynamo.putItem(r -> r.tableName(table).item(item));
    }

    public Optional<Connection> find(String connectionId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(key(connectionKey(connectionId), CONNECTION_SK))).item();
        if (item == null || item.isEmpty() || expired(item)) {
            return Optional.empty();
        }
        return Optional.of(toConnection(item));
    }

    /**
     * Adds a room to what the connection watches. The connection item is written first, on the condition that it
     * exists and has room for one more; a watcher item left behind by a concurrent {@code $disconnect} gets 410 Gone
     * on the next broadcast and is removed then.
     */
    public Subscription watch(String connectionId, String roomId) {
        Map<String, AttributeValue> connection;
        try {
            connection = dynamo.updateItem(r -> r.tableName(table)
                    .key(key(connectionKey(connectionId), CONNECTION_SK))
                    .updateExpression("ADD rooms :room")
                    .conditionExpression("attribute_exists(pk) AND expires_at > :now AND (attribute_not_exists(rooms) "
                            + "OR size(rooms) < :max OR contains(rooms, :id))")
                    .expressionAttributeValues(Map.of(":room", AttributeValue.fromSs(List.of(roomId)),
                            ":id", s(roomId), ":now", n(clock.instant().getEpochSecond()),
                            ":max", n(MAX_ROOMS_PER_CONNECTION)))
                    .returnValues(ReturnValue.ALL_NEW)).attributes();
        } catch (ConditionalCheckFailedException refused) {
            return find(connectionId).isPresent() ? Subscription.TOO_MANY_ROOMS : Subscription.NO_CONNECTION;
        }
        var watcher = new HashMap<String, AttributeValue>();
        watcher.put("pk", s(roomKey(roomId)));
        watcher.put("sk", s(connectionKey(connectionId)));
        watcher.put("connection_id", s(connectionId));
        watcher.put("user_id", connection.get("user_id"));
        watcher.put("expires_at", connection.get("expires_at"));
        if (connection.containsKey("roles")) {
            watcher.put("roles", connection.get("roles"));
        }
        dynamo.putItem(r -> r.tableName(table).item(watcher));
        return Subscription.WATCHING;
    }

    /**
     * Refuses the user's new connections until {@code until} (a suspension: until every access token issued before
     * it has expired); {@link #unblock} lifts it early (the account was reinstated).
     */
    public void block(String userId, Instant until) {
        dynamo.putItem(r -> r.tableName(table).item(Map.of(
                "pk", s(blockKey(userId)), "sk", s(BLOCK_SK), "user_id", s(userId),
                "expires_at", n(until.getEpochSecond()))));
    }

    public void unblock(String userId) {
        dynamo.deleteItem(r -> r.tableName(table).key(key(blockKey(userId), BLOCK_SK)));
    }

    public boolean blocked(String userId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(key(blockKey(userId), BLOCK_SK))).item();
        return item != null && !item.isEmpty() && !expired(item);
    }

    /** Stops sending the room's events to the connection; nothing happens if it was not watching. */
    public void unwatch(String connectionId, String roomId) {
        dynamo.deleteItem(r -> r.tableName(table).key(key(roomKey(roomId), connectionKey(connectionId))));
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(key(connectionKey(connectionId), CONNECTION_SK))
                    .updateExpression("DELETE rooms :room")
                    .conditionExpression("attribute_exists(pk)")
                    .expressionAttributeValues(Map.of(":room", AttributeValue.fromSs(List.of(roomId)))));
        } catch (ConditionalCheckFailedException gone) {
            // the connection closed meanwhile: nothing left to update
        }
    }

    /** Removes the connection and everything it watched ({@code $disconnect}, or a post answered 410 Gone). */
    public void close(String connectionId) {
        Map<String, AttributeValue> old = dynamo.deleteItem(r -> r.tableName(table)
                .key(key(connectionKey(connectionId), CONNECTION_SK)).returnValues(ReturnValue.ALL_OLD)).attributes();
        if (old == null || !old.containsKey("rooms")) {
            return;
        }
        List<WriteRequest> deletes = old.get("rooms").ss().stream()
                .map(room -> WriteRequest.builder().deleteRequest(DeleteRequest.builder()
                        .key(key(roomKey(room), connectionKey(connectionId))).build()).build())
                .toList();
        for (int from = 0; from < deletes.size(); from += 25) {
            Map<String, List<WriteRequest>> batch = Map.of(table, deletes.subList(from, Math.min(deletes.size(), from + 25)));
            for (int attempt = 0; attempt < 5 && !batch.isEmpty(); attempt++) {
                if (attempt > 0) {
                    // unprocessed items mean the partition is busy: give it a moment (any left expire anyway)
                    pause(Duration.ofMillis(20L << attempt));
                }
                Map<String, List<WriteRequest>> pending = batch;
                batch = dynamo.batchWriteItem(r -> r.requestItems(pending)).unprocessedItems();
            }
        }
    }

    /**
     * The connections watching a room (one Query, paged past 1 MB). Strongly consistent: a subscriber whose watcher
     * was written before its starting {@code seq} was read gets every event numbered after it.
     */
    public List<Watcher> watchers(String roomId) {
        return query(false, roomKey(roomId)).stream().map(item -> new Watcher(item.get("connection_id").s(),
                item.get("user_id").s(), item.containsKey("roles") ? Set.copyOf(item.get("roles").ss()) : Set.of())).toList();
    }

    /** The ids of a user's open connections (one Query on gsi1, eventually consistent). */
    public List<String> ofUser(String userId) {
        return query(true, userKey(userId)).stream().map(item -> item.get("connection_id").s()).toList();
    }

    /**
     * The {@code seq} of a room event: one more than the room's last, assigned once per event id. A redelivered
     * event (its broadcast failed and SQS handed it back; the room-events queue is FIFO, so it is still the room's
     * latest) gets the number it got the first time, so clients drop the copies they already have.
     */
    public long sequence(String roomId, String eventId) {
        Instant now = clock.instant();
        try {
            return Long.parseLong(dynamo.updateItem(r -> r.tableName(table)
                    .key(key(roomKey(roomId), COUNTER_SK))
                    .updateExpression("SET seq = if_not_exists(seq, :zero) + :one, last_event_id = :event, "
                            + "expires_at = :expires")
                    .conditionExpression("attribute_not_exists(last_event_id) OR last_event_id <> :event")
                    .expressionAttributeValues(Map.of(":zero", n(0), ":one", n(1), ":event", s(eventId),
                            ":expires", n(now.plus(COUNTER_LIFETIME).getEpochSecond())))
                    .returnValues(ReturnValue.UPDATED_NEW)
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
                    .attributes().get("seq").n());
        } catch (ConditionalCheckFailedException again) {
            if (again.hasItem() && again.item().containsKey("seq")) {
                return Long.parseLong(again.item().get("seq").n());
            }
            return currentSequence(roomId);
        }
    }

    /** The room's last {@code seq} (0 before its first event): what a new subscriber's room state is as of. */
    public long currentSequence(String roomId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(key(roomKey(roomId), COUNTER_SK))).item();
        return item == null || !item.containsKey("seq") ? 0 : Long.parseLong(item.get("seq").n());
    }

    private List<Map<String, AttributeValue>> query(boolean byUser, String partition) {
        var items = new ArrayList<Map<String, AttributeValue>>();
        long now = clock.instant().getEpochSecond();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = dynamo.query(r -> {
                r.tableName(table)
                        .keyConditionExpression(byUser ? "gsi1pk = :p AND begins_with(gsi1sk, :c)" : "pk = :p AND begins_with(sk, :c)")
                        .expressionAttributeValues(Map.of(":p", s(partition), ":c", s("CONN#")))
                        .projectionExpression("connection_id, user_id, #roles, expires_at")
                        .expressionAttributeNames(Map.of("#roles", "roles"))
                        .exclusiveStartKey(from);
                if (byUser) {
                    r.indexName("gsi1");
                } else {
                    r.consistentRead(true);
                }
            });
            page.items().stream().filter(item -> !expired(item, now)).forEach(items::add);
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    private boolean expired(Map<String, AttributeValue> item) {
        return expired(item, clock.instant().getEpochSecond());
    }

    private static boolean expired(Map<String, AttributeValue> item, long nowSeconds) {
        AttributeValue expiresAt = item.get("expires_at");
        return expiresAt != null && Long.parseLong(expiresAt.n()) <= nowSeconds;
    }

    private static Connection toConnection(Map<String, AttributeValue> item) {
        Set<String> rooms = item.containsKey("rooms") ? new HashSet<>(item.get("rooms").ss()) : Set.of();
        Set<String> roles = item.containsKey("roles") ? new HashSet<>(item.get("roles").ss()) : Set.of();
        return new Connection(item.get("connection_id").s(), item.get("user_id").s(), item.get("username").s(), roles,
                Instant.parse(item.get("connected_at").s()), rooms);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long expiry(Instant connectedAt) {
        return connectedAt.plus(CONNECTION_LIMIT).plus(EXPIRY_MARGIN).getEpochSecond();
    }

    private static String connectionKey(String connectionId) {
        return "CONN#" + connectionId;
    }

    private static String roomKey(String roomId) {
        return "WATCH#" + roomId;
    }

    private static String blockKey(String userId) {
        return "BLOCKED#" + userId;
    }

    private static String userKey(String userId) {
        return "USERCONN#" + userId;
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        var key = new HashMap<String, AttributeValue>();
        key.put("pk", s(pk));
        key.put("sk", s(sk));
        return key;
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
