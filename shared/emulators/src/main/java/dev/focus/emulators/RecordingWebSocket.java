package dev.focus.emulators;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A real WebSocket client (the JDK's) for tests and benchmarks: it keeps every text message it receives, with when
 * it arrived, and notes when the server closes the connection.
 */
public final class RecordingWebSocket implements AutoCloseable {

    /** One received text message and when it arrived ({@link System#nanoTime()} and the wall clock). */
    public record Received(String text, long nanos, Instant at) {
    }

    private final WebSocket socket;
    private final BlockingQueue<Received> inbox;
    private final CompletableFuture<Integer> closed;
    private final AtomicInteger pongs;

    private RecordingWebSocket(WebSocket socket, BlockingQueue<Received> inbox, CompletableFuture<Integer> closed,
                               AtomicInteger pongs) {
        this.socket = socket;
        this.inbox = inbox;
        this.closed = closed;
        this.pongs = pongs;
    }

    /** Connects, or throws {@link Refused} with the HTTP status when the upgrade is refused. */
    public static RecordingWebSocket connect(HttpClient client, URI uri) {
        return connect(client, uri, Map.of());
    }

    /** The same, with extra headers on the upgrade request. */
    public static RecordingWebSocket connect(HttpClient client, URI uri, Map<String, String> headers) {
        var inbox = new LinkedBlockingQueue<Received>();
        var closed = new CompletableFuture<Integer>();
        var pongs = new AtomicInteger();
        WebSocket.Listener listener = new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    inbox.add(new Received(partial.toString(), System.nanoTime(), Instant.now()));
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
                pongs.incrementAndGet();
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closed.complete(statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                closed.complete(-1);
            }
        };
        try {
            WebSocket.Builder builder = client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
            headers.forEach(builder::header);
            WebSocket socket = builder.buildAsync(uri, listener).join();
            return new RecordingWebSocket(socket, inbox, closed, pongs);
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                throw new Refused(refused.getResponse().statusCode(), e);
            }
            throw e;
        }
    }

    public void send(String text) {
        socket.sendText(text, true).join();
    }

    /** Sends one message as several frames: a text frame, then continuation frames. */
    public void sendInFrames(String... parts) {
        for (int i = 0; i < parts.length; i++) {
            socket.sendText(parts[i], i == parts.length - 1).join();
        }
    }

    public void sendBinary(byte[] data) {
        socket.sendBinary(ByteBuffer.wrap(data), true).join();
    }

    /** A WebSocket ping control frame; {@link #pongs()} counts the answers. */
    public void ping() {
        socket.sendPing(ByteBuffer.wrap(new byte[] {1})).join();
    }

    public int pongs() {
        return pongs.get();
    }

    /** Starts the close handshake with this code. */
    public void sendClose(int code, String reason) {
        socket.sendClose(code, reason).join();
    }

    /** Whether the server has closed the connection (or it broke). */
    public boolean isClosed() {
        return closed.isDone();
    }

    /** The next message, in arrival order; empty after {@code timeout}. */
    public Optional<Received> next(Duration timeout) {
        try {
            return Optional.ofNullable(inbox.poll(timeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The first message matching {@code wanted} within {@code timeout}; the ones before it are dropped. */
    public Optional<Received> nextMatching(Predicate<String> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Received> next = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (next.isPresent() && wanted.test(next.get().text())) {
                return next;
            }
        }
        return Optional.empty();
    }

    /** Every message received so far and not yet taken. */
    public List<Received> drain() {
        var all = new ArrayList<Received>();
        inbox.drainTo(all);
        return all;
    }

    /** The close status the server sent, once it closed the connection. */
    public Optional<Integer> closedWith(Duration timeout) {
        try {
            return Optional.of(closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** Drops the TCP connection without a close handshake, as a phone losing its network does. */
    public void abort() {
        socket.abort();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
        }
    }

    /** The server answered the upgrade with a status other than 101. */
    public static final class Refused extends RuntimeException {
        private final int status;

        Refused(int status, Throwable cause) {
            super("WebSocket upgrade refused with HTTP " + status, cause);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
