package dev.focus.localstack;

import dev.focus.emulators.RecordingWebSocket;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;

/**
 * The gateway tests' view of {@link RecordingWebSocket}: connects with the header {@code X-Test: yes}, and fails a
 * test (rather than returning empty) when a message or the close frame does not come within 10 s.
 */
final class TestSocket implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final RecordingWebSocket socket;

    private TestSocket(RecordingWebSocket socket) {
        this.socket = socket;
    }

    /** Connects; fails (with the handshake's status) when the gateway refuses. */
    static TestSocket open(URI uri) {
        return new TestSocket(RecordingWebSocket.connect(HTTP, uri, Map.of("X-Test", "yes")));
    }

    void send(String text) {
        socket.send(text);
    }

    void sendInFrames(String... parts) {
        socket.sendInFrames(parts);
    }

    void sendBinary(byte[] data) {
        socket.sendBinary(data);
    }

    void ping() {
        socket.ping();
    }

    int pongs() {
        return socket.pongs();
    }

    /** The next whole message, waiting up to 10 s. */
    String nextMessage() {
        return socket.next(WAIT).map(RecordingWebSocket.Received::text)
                .orElseThrow(() -> new AssertionError("no message within " + WAIT));
    }

    void sendClose(int code, String reason) {
        socket.sendClose(code, reason);
    }

    /** The code of the close frame the gateway sent, waiting up to 10 s. */
    int closeCode() {
        return socket.closedWith(WAIT).orElseThrow(() -> new AssertionError("not closed within " + WAIT));
    }

    boolean isClosed() {
        return socket.isClosed();
    }

    @Override
    public void close() {
        socket.abort();
    }
}
