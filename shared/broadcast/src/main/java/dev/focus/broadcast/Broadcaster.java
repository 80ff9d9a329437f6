package dev.focus.broadcast;

import io.micronaut.json.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * Posts a message to every connection watching a room, or to every connection of a user: one Query finds them, the
 * posts run in parallel on a bounded pool ({@code concurrency} at a time; 1 posts one after another), a connection
 * that answers 410 Gone is forgotten, throttled and failed posts (429, 5xx, network) are retried with exponential
 * backoff and jitter; a post refused for good (413, 403) is logged and skipped. Posts that still fail are reported in
 * the {@link Delivery}, so the caller can hand the event back to its queue.
 */
public final class Broadcaster {

    private static final Logger LOG = LoggerFactory.getLogger(Broadcaster.class);
    /** Throttled or failed posts: this many attempts in all, the pauses doubling from {@link #FIRST_BACKOFF}. */
    static final int ATTEMPTS = 4;
    static final Duration FIRST_BACKOFF = Duration.ofMillis(50);

    private final Connections connections;
    private final Poster poster;
    private final ExecutorService pool;
    private final JsonMapper json;
    private final Clock clock;
    private final Sleeper sleeper;

    /** Pauses between attempts; tests pass one that does not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public Broadcaster(Connections connections, Poster poster, ExecutorService pool, JsonMapper json, Clock clock,
                       Sleeper sleeper) {
        this.connections = connections;
        this.poster = poster;
        this.pool = pool;
        this.json = json;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * Sends a room event to everyone watching the room, numbered with the room's next {@code seq} (the same number
     * again when the same event id is broadcast again).
     */
    public Delivery toRoom(String roomId, String eventId, String type, Object data) {
        return toRoom(roomId, eventId, type, data, watcher -> true);
    }

    /**
     * The same, to the watchers {@code mayWatch} accepts; the others stop watching the room (e.g. someone who left a
     * private room, or everyone not in a room that became private).
     */
    public Delivery toRoom(String roomId, String eventId, String type, Object data, Predicate<Watcher> mayWatch) {
        // numbered first, then the watchers read (strongly): a subscriber that read its starting seq before this
        // number was taken is already among them
        long seq = connections.sequence(roomId, eventId);
        byte[] message = serialise(new ServerMessage(type, eventId, roomId, data, seq, clock.instant()));
        var targets = new ArrayList<String>();
        for (Watcher watcher : connections.watchers(roomId)) {
            if (mayWatch.test(watcher)) {
                targets.add(watcher.connectionId());
            } else {
                connections.unwatch(watcher.connectionId(), roomId);
            }
        }
        return postAll(seq, targets, message, roomId);
    }

    /** Sends a message to every open connection of a user (each of their tabs and devices). */
    public Delivery toUser(String userId, String eventId, String type, Object data) {
        byte[] message = serialise(new ServerMessage(type, eventId, null, data, null, clock.instant()));
        return postAll(0, connections.ofUser(userId), message, null);
    }

    /** Ends every connection of a user (a suspended account); their items go with them. */
    public int disconnectUser(String userId) {
        List<String> open = connections.ofUser(userId);
        for (String connectionId : open) {
            poster.disconnect(connectionId);
            connections.close(connectionId);
        }
        return open.size();
    }

    private Delivery postAll(long seq, List<String> targets, byte[] message, String roomId) {
        List<CompletableFuture<Poster.Outcome>> posts = new ArrayList<>(targets.size());
        for (String connectionId : targets) {
            posts.add(CompletableFuture.supplyAsync(() -> postWithRetries(connectionId, message, roomId), pool));
        }
        int delivered = 0;
        var gone = new ArrayList<String>();
        var failed = new ArrayList<String>();
        for (int i = 0; i < targets.size(); i++) {
            switch (posts.get(i).join()) {
                case DELIVERED -> delivered++;
                case GONE -> gone.add(targets.get(i));
                case THROTTLED, FAILED -> failed.add(targets.get(i));
                // sending it again cannot help: logged by the poster, and the rest of the room is served
                case REJECTED -> { }
            }
        }
        return new Delivery(seq, delivered, gone, failed);
    }

    private Poster.Outcome postWithRetries(String connectionId, byte[] message, String roomId) {
        Poster.Outcome outcome = poster.post(connectionId, message);
        Duration pause = FIRST_BACKOFF;
        for (int attempt = 1; attempt < ATTEMPTS && retryable(outcome); attempt++) {
            try {
                sleeper.sleep(pause.plusMillis(ThreadLocalRandom.current().nextLong(pause.toMillis())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return outcome;
            }
            pause = pause.multipliedBy(2);
            outcome = poster.post(connectionId, message);
        }
        if (outcome == Poster.Outcome.GONE) {
            forget(connectionId, roomId);
        }
        return outcome;
    }

    private static boolean retryable(Poster.Outcome outcome) {
        return outcome == Poster.Outcome.THROTTLED || outcome == Poster.Outcome.FAILED;
    }

    /**
     * A gone connection is removed with everything it watched; its watcher of this room too, which a subscribe that
     * raced with {@code $disconnect} may have left behind without the connection knowing.
     */
    private void forget(String connectionId, String roomId) {
        try {
            if (roomId != null) {
                connections.unwatch(connectionId, roomId);
            }
            connections.close(connectionId);
        } catch (RuntimeException e) {
            // its items expire anyway, and the next broadcast tries again
            LOG.warn("Could not remove gone connection {}: {}", connectionId, e.getMessage());
        }
    }

    private byte[] serialise(ServerMessage message) {
        try {
            return json.writeValueAsBytes(message);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serialise a " + message.type() + " message", e);
        }
    }
}
