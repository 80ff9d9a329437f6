package dev.focus.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** A real WebSocket client (the JDK's) that keeps every whole message and the close code it got. */
final class TestSocket implements WebSocket.Listener, AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final AtomicInteger pongs = new AtomicInteger();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    /** Connects with the header {@code X-Test: yes}; fails (with the handshake's status) when the gateway refuses. */
    static TestSocket open(URI uri) throws Exception {
        var listener = new TestSocket();
        listener.socket = HTTP.newWebSocketBuilder().header("X-Test", "yes").buildAsync(uri, listener)
                .get(10, TimeUnit.SECONDS);
        return listener;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            messages.add(partial.toString());
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
        closeCode.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closeCode.completeExceptionally(error);
    }

    void send(String text) throws Exception {
        socket.sendText(text, true).get(10, TimeUnit.SECONDS);
    }

    /** Sends one message as several frames: a text frame and continuation frames. */
    void sendInFrames(String... parts) throws Exception {
        for (int i = 0; i < parts.length; i++) {
            socket.sendText(parts[i], i == parts.length - 1).get(10, TimeUnit.SECONDS);
        }
    }

    void sendBinary(byte[] data) throws Exception {
        socket.sendBinary(ByteBuffer.wrap(data), true).get(10, TimeUnit.SECONDS);
    }

    void ping() throws Exception {
        socket.sendPing(ByteBuffer.wrap(new byte[]{1})).get(10, TimeUnit.SECONDS);
    }

    int pongs() {
        return pongs.get();
    }

    /** The next whole message, waiting up to 10 s. */
    String nextMessage() throws InterruptedException {
        String message = messages.poll(10, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("no message within 10 s");
        }
        return message;
    }

    void sendClose(int code, String reason) throws Exception {
        socket.sendClose(code, reason).get(10, TimeUnit.SECONDS);
    }

    /** The code of the close frame the gateway sent, waiting up to 10 s. */
    int closeCode() throws InterruptedException, ExecutionException, TimeoutException {
        return closeCode.get(10, TimeUnit.SECONDS);
    }

    boolean isClosed() {
        return closeCode.isDone();
    }

    @Override
    public void close() {
        socket.abort();
    }
}
