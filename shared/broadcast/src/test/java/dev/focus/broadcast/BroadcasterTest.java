package dev.focus.broadcast;

import dev.focus.emulators.LocalCloud;
import dev.focus.resources.FocusResources;
import dev.focus.testkit.WithLocalCloud;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The broadcaster's rules, with connections in DynamoDB Local. The Management API's answers are played by a poster
 * that records what it was given: 429 and 5xx cannot be provoked from the local gateway, which never throttles;
 * the real API through the gateway is exercised end to end in the local stack's WebSocket tests.
 */
@WithLocalCloud
class BroadcasterTest {

    static LocalCloud cloud;
    static ApplicationContext context;
    static Connections connections;
    final ConcurrentLinkedQueue<Duration> slept = new ConcurrentLinkedQueue<>();
    ExecutorService pool;

    @BeforeAll
    static void start() {
        context = ApplicationContext.run(new HashMap<>(cloud.settings()));
        connections = new Connections(context.getBean(DynamoDbClient.class), FocusResources.TABLE.name(), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @AfterEach
    void shutdown() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** Records every post; answers what {@code answers} says for that connection and attempt (1-based). */
    static final class ScriptedPoster implements Poster {
        final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        final Map<String, String> received = new ConcurrentHashMap<>();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger mostInFlight = new AtomicInteger();
        final Function<String, Function<Integer, Outcome>> answers;
        final CountDownLatch hold;

        final java.util.Set<String> disconnected = ConcurrentHashMap.newKeySet();

        ScriptedPoster(Function<String, Function<Integer, Outcome>> answers, CountDownLatch hold) {
            this.answers = answers;
            this.hold = hold;
        }

        @Override
        public Outcome post(String connectionId, byte[] message) {
            int now = inFlight.incrementAndGet();
            mostInFlight.accumulateAndGet(now, Math::max);
            try {
                hold.await(50, TimeUnit.MILLISECONDS);
                int attempt = attempts.computeIfAbsent(connectionId, id -> new AtomicInteger()).incrementAndGet();
                Outcome outcome = answers.apply(connectionId).apply(attempt);
                if (outcome == Outcome.DELIVERED) {
                    received.put(connectionId, new String(message, StandardCharsets.UTF_8));
                }
                return outcome;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Outcome.FAILED;
            } finally {
                inFlight.decrementAndGet();
            }
        }

        @Override
        public void disconnect(String connectionId) {
            disconnected.add(connectionId);
        }
    }

    @Test
    @DisplayName("every watcher gets the event once, numbered; a gone connection is forgotten; others are untouched")
    void posts_to_every_watcher() {
        String room = id();
        List<String> watchers = open(room, 12);
        String gone = watchers.get(3);
        var poster = new ScriptedPoster(id -> attempt -> id.equals(gone) ? Poster.Outcome.GONE : Poster.Outcome.DELIVERED,
                new CountDownLatch(0));

        Delivery delivery = broadcaster(poster, 4).toRoom(room, "event-" + room, "timer_update", Map.of("status", "running"));

        assertThat(delivery.delivered()).isEqualTo(11);
        assertThat(delivery.gone()).containsExactly(gone);
        assertThat(delivery.complete()).isTrue();
        assertThat(poster.received).hasSize(11).doesNotContainKey(gone);
        assertThat(poster.received.get(watchers.getFirst()))
                .contains("\"type\":\"timer_update\"", "\"room_id\":\"" + room + "\"", "\"seq\":1", "\"status\":\"running\"",
                        "\"sent_at\":");
        assertThat(poster.attempts.values()).allMatch(count -> count.get() == 1);
        assertThat(watching(room)).hasSize(11).doesNotContain(gone);
        assertThat(connections.find(gone)).isEmpty();
    }

    @Test
    @DisplayName("a 5xx is retried like throttling; a post refused for good (413) is skipped without failing the event")
    void failed_and_rejected_posts() {
        String room = id();
        List<String> watchers = open(room, 3);
        String flaky = watchers.get(0);
        String tooBig = watchers.get(1);
        var poster = new ScriptedPoster(id -> attempt -> {
            if (id.equals(flaky)) {
                return attempt < 2 ? Poster.Outcome.FAILED : Poster.Outcome.DELIVERED;
            }
            return id.equals(tooBig) ? Poster.Outcome.REJECTED : Poster.Outcome.DELIVERED;
        }, new CountDownLatch(0));

        Delivery delivery = broadcaster(poster, 4).toRoom(room, "event-" + room, "room_updated", Map.of());

        assertThat(delivery.delivered()).isEqualTo(2);
        assertThat(delivery.complete()).isTrue();
        assertThat(poster.attempts.get(flaky).get()).isEqualTo(2);
        assertThat(poster.attempts.get(tooBig).get()).isEqualTo(1);
    }

    @Test
    @DisplayName("watchers the caller no longer allows (e.g. who left a private room) get nothing and stop watching")
    void drops_watchers_not_allowed() {
        String room = id();
        String member = id();
        String leaver = id();
        connections.open(member, "member", "mo", Set.of());
        connections.open(leaver, "leaver", "lu", Set.of("USER"));
        connections.watch(member, room);
        connections.watch(leaver, room);
        var poster = new ScriptedPoster(id -> attempt -> Poster.Outcome.DELIVERED, new CountDownLatch(0));

        Delivery delivery = broadcaster(poster, 2).toRoom(room, "e-" + room, "participant_left", Map.of(),
                watcher -> !watcher.userId().equals("leaver"));

        assertThat(delivery.delivered()).isEqualTo(1);
        assertThat(poster.received.keySet()).containsExactly(member);
        assertThat(watching(room)).containsExactly(member);
        assertThat(connections.find(leaver).orElseThrow().rooms()).isEmpty();
    }

    @Test
    @DisplayName("a watcher whose connection item is already gone is removed when its post answers 410")
    void orphan_watcher_removed_on_gone() {
        String room = id();
        String orphan = id();
        connections.open(orphan, "user-o", "oz", Set.of());
        connections.watch(orphan, room);
        // $disconnect ran between the subscribe's two writes: the connection went, its watcher stayed
        context.getBean(DynamoDbClient.class).deleteItem(r -> r.tableName(FocusResources.TABLE.name()).key(Map.of(
                "pk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("CONN#" + orphan),
                "sk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("CONN"))));
        var poster = new ScriptedPoster(id -> attempt -> Poster.Outcome.GONE, new CountDownLatch(0));

        Delivery delivery = broadcaster(poster, 2).toRoom(room, "e-" + room, "timer_update", Map.of());

        assertThat(delivery.gone()).containsExactly(orphan);
        assertThat(watching(room)).isEmpty();
    }

    @Test
    @DisplayName("throttled posts are retried with growing pauses until they pass; posts that keep failing are reported")
    void retries_throttling() {
        String room = id();
        List<String> watchers = open(room, 3);
        String slow = watchers.get(0);
        String broken = watchers.get(1);
        var poster = new ScriptedPoster(id -> attempt -> {
            if (id.equals(slow)) {
                return attempt < 3 ? Poster.Outcome.THROTTLED : Poster.Outcome.DELIVERED;
            }
            return id.equals(broken) ? Poster.Outcome.THROTTLED : Poster.Outcome.DELIVERED;
        }, new CountDownLatch(0));

        Delivery delivery = broadcaster(poster, 4).toRoom(room, "event-" + room, "room_updated", Map.of());

        assertThat(delivery.delivered()).isEqualTo(2);
        assertThat(delivery.failed()).containsExactly(broken);
        assertThat(delivery.complete()).isFalse();
        assertThat(poster.attempts.get(slow).get()).isEqualTo(3);
        assertThat(poster.attempts.get(broken).get()).isEqualTo(Broadcaster.ATTEMPTS);
        assertThat(slept).isNotEmpty().allMatch(pause -> pause.compareTo(Broadcaster.FIRST_BACKOFF) >= 0);
        assertThat(watching(room)).as("a throttled connection is not forgotten").contains(broken);
    }

    @Test
    @DisplayName("a redelivered event keeps its seq; the next event gets the next one")
    void same_event_same_seq() {
        String room = id();
        open(room, 1);
        var poster = new ScriptedPoster(id -> attempt -> Poster.Outcome.DELIVERED, new CountDownLatch(0));
        Broadcaster broadcaster = broadcaster(poster, 2);

        assertThat(broadcaster.toRoom(room, "a", "timer_update", Map.of()).seq()).isEqualTo(1);
        assertThat(broadcaster.toRoom(room, "a", "timer_update", Map.of()).seq()).isEqualTo(1);
        assertThat(broadcaster.toRoom(room, "b", "timer_update", Map.of()).seq()).isEqualTo(2);
    }

    @Test
    @DisplayName("posts run in parallel up to the pool's size, and one after another with a pool of one")
    void bounded_concurrency() {
        String room = id();
        open(room, 10);
        var parallel = new ScriptedPoster(id -> attempt -> Poster.Outcome.DELIVERED, new CountDownLatch(1));
        broadcaster(parallel, 4).toRoom(room, "p", "timer_update", Map.of());
        pool.shutdownNow();
        var sequential = new ScriptedPoster(id -> attempt -> Poster.Outcome.DELIVERED, new CountDownLatch(1));
        broadcaster(sequential, 1).toRoom(room, "s", "timer_update", Map.of());

        assertThat(parallel.mostInFlight.get()).isEqualTo(4);
        assertThat(sequential.mostInFlight.get()).isEqualTo(1);
        assertThat(parallel.received).hasSize(10);
        assertThat(sequential.received).hasSize(10);
    }

    @Test
    @DisplayName("disconnecting a user closes each of their connections and forgets them")
    void disconnect_user() {
        String user = id();
        String phone = id();
        String room = id();
        connections.open(phone, user, "su", Set.of());
        connections.watch(phone, room);
        var poster = new ScriptedPoster(id -> attempt -> Poster.Outcome.DELIVERED, new CountDownLatch(0));

        int closed = broadcaster(poster, 2).disconnectUser(user);

        assertThat(closed).isEqualTo(1);
        assertThat(poster.disconnected).containsExactly(phone);
        assertThat(connections.find(phone)).isEmpty();
        assertThat(watching(room)).isEmpty();
    }

    @Test
    @DisplayName("a per-user message reaches every connection of that user, without a room or seq")
    void to_user() {
        String user = id();
        String phone = id();
        String laptop = id();
        connections.open(phone, user, "fa", Set.of());
        connections.open(laptop, user, "fa", Set.of());
        connections.open(id(), id(), "someone-else", Set.of());
        var poster = new ScriptedPoster(id -> attempt -> Poster.Outcome.DELIVERED, new CountDownLatch(0));

        Delivery delivery = broadcaster(poster, 4).toUser(user, "push-1", "notification", Map.of("title", "hi"));

        assertThat(delivery.delivered()).isEqualTo(2);
        assertThat(poster.received.keySet()).containsExactlyInAnyOrder(phone, laptop);
        assertThat(poster.received.get(phone)).contains("\"type\":\"notification\"", "\"id\":\"push-1\"", "\"title\":\"hi\"")
                .doesNotContain("\"seq\"", "\"room_id\"");
    }

    private Broadcaster broadcaster(Poster poster, int concurrency) {
        pool = Executors.newFixedThreadPool(concurrency);
        return new Broadcaster(connections, poster, pool, context.getBean(JsonMapper.class), Clock.systemUTC(), slept::add);
    }

    private static List<String> open(String room, int count) {
        var ids = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            String id = id();
            connections.open(id, "user-" + i, "user" + i, Set.of());
            connections.watch(id, room);
            ids.add(id);
        }
        return ids;
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static List<String> watching(String roomId) {
        return connections.watchers(roomId).stream().map(Watcher::connectionId).toList();
    }
}
