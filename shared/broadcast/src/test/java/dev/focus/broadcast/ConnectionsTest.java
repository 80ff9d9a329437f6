package dev.focus.broadcast;

import dev.focus.emulators.LocalCloud;
import dev.focus.resources.FocusResources;
import dev.focus.testkit.TestClock;
import dev.focus.testkit.WithLocalCloud;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The connection store against DynamoDB Local. */
@WithLocalCloud
class ConnectionsTest {

    static LocalCloud cloud;
    static ApplicationContext context;
    final TestClock clock = new TestClock();
    Connections connections;

    @BeforeAll
    static void start() {
        context = ApplicationContext.run(new HashMap<>(cloud.settings()));
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @org.junit.jupiter.api.BeforeEach
    void store() {
        connections = new Connections(context.getBean(DynamoDbClient.class), FocusResources.TABLE.name(), clock);
    }

    @Test
    @DisplayName("an opened connection is found with its user, and watches the rooms it subscribed to")
    void open_and_watch() {
        String id = id();
        String room = id();
        connections.open(id, "user-1", "ada", Set.of("USER"));

        assertThat(connections.watch(id, room)).isEqualTo(Subscription.WATCHING);
        assertThat(connections.watch(id, room)).as("again").isEqualTo(Subscription.WATCHING);

        Connection found = connections.find(id).orElseThrow();
        assertThat(found.userId()).isEqualTo("user-1");
        assertThat(found.username()).isEqualTo("ada");
        assertThat(found.roles()).containsExactly("USER");
        assertThat(found.rooms()).containsExactly(room);
        assertThat(watching(room)).containsExactly(id);
    }

    @Test
    @DisplayName("a closed or unknown connection cannot subscribe; closing removes it from every room it watched")
    void close_removes_watchers() {
        String id = id();
        String first = id();
        String second = id();
        connections.open(id, "user-2", "bo", Set.of());
        connections.watch(id, first);
        connections.watch(id, second);

        connections.close(id);

        assertThat(watching(first)).isEmpty();
        assertThat(watching(second)).isEmpty();
        assertThat(connections.find(id)).isEmpty();
        assertThat(connections.watch(id, first)).isEqualTo(Subscription.NO_CONNECTION);
        assertThat(connections.watch(id(), first)).isEqualTo(Subscription.NO_CONNECTION);
    }

    @Test
    @DisplayName("unsubscribing stops the room's broadcasts to that connection only")
    void unwatch() {
        String room = id();
        String a = id();
        String b = id();
        connections.open(a, "user-3", "cy", Set.of());
        connections.open(b, "user-3", "cy", Set.of());
        connections.watch(a, room);
        connections.watch(b, room);

        connections.unwatch(a, room);

        assertThat(watching(room)).containsExactly(b);
        assertThat(connections.find(a).orElseThrow().rooms()).isEmpty();
    }

    @Test
    @DisplayName("a connection watches at most 20 rooms")
    void room_limit() {
        String id = id();
        connections.open(id, "user-4", "di", Set.of());
        for (int i = 0; i < Connections.MAX_ROOMS_PER_CONNECTION; i++) {
            assertThat(connections.watch(id, id())).isEqualTo(Subscription.WATCHING);
        }

        assertThat(connections.watch(id, id())).isEqualTo(Subscription.TOO_MANY_ROOMS);
    }

    @Test
    @DisplayName("a user's connections are all found; past the two-hour limit a connection is no longer listed")
    void users_and_expiry() {
        String user = id();
        String room = id();
        String phone = id();
        String laptop = id();
        connections.open(phone, user, "ed", Set.of());
        connections.watch(phone, room);
        clock.advance(Duration.ofMinutes(30));
        connections.open(laptop, user, "ed", Set.of());

        assertThat(connections.ofUser(user)).containsExactlyInAnyOrder(phone, laptop);

        clock.advance(Connections.CONNECTION_LIMIT.minusMinutes(30).plus(Connections.EXPIRY_MARGIN));
        assertThat(connections.ofUser(user)).containsExactly(laptop);
        assertThat(watching(room)).isEmpty();
        assertThat(connections.find(phone)).isEmpty();
    }

    @Test
    @DisplayName("a blocked user stays blocked until the block expires or is lifted")
    void blocks() {
        String user = id();
        assertThat(connections.blocked(user)).isFalse();

        connections.block(user, clock.instant().plus(Duration.ofMinutes(16)));
        assertThat(connections.blocked(user)).isTrue();
        clock.advance(Duration.ofMinutes(17));
        assertThat(connections.blocked(user)).as("expired").isFalse();

        connections.block(user, clock.instant().plus(Duration.ofMinutes(16)));
        connections.unblock(user);
        assertThat(connections.blocked(user)).as("lifted").isFalse();
    }

    @Test
    @DisplayName("each room event gets the room's next seq, and the same seq when it is broadcast again")
    void sequence() {
        String room = id();
        assertThat(connections.currentSequence(room)).isZero();

        assertThat(connections.sequence(room, "event-1")).isEqualTo(1);
        assertThat(connections.sequence(room, "event-2")).isEqualTo(2);
        assertThat(connections.sequence(room, "event-2")).as("redelivered").isEqualTo(2);
        assertThat(connections.sequence(room, "event-3")).isEqualTo(3);
        assertThat(connections.currentSequence(room)).isEqualTo(3);
        assertThat(connections.sequence(id(), "event-1")).as("another room").isEqualTo(1);
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private List<String> watching(String roomId) {
        return connections.watchers(roomId).stream().map(Watcher::connectionId).toList();
    }
}
