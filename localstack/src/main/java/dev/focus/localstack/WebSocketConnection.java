package dev.focus.localstack;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One open WebSocket connection: its socket, the order of its messages, when it was last active and why it closed.
 * The first reason to close (the client's close frame, a Management API DELETE, a timeout, the stack stopping)
 * wins and is what {@code $disconnect} reports; closing again does nothing.
 */
final class WebSocketConnection {

    /** What became of a message posted through the Management API. */
    enum Delivery { SENT, GONE, CLIENT_BUFFER_FULL }

    /** How long a post waits for the client to take the frame; API Gateway then answers LimitExceededException. */
    private static final Duration POST_TIMEOUT = Duration.ofSeconds(5);
    /** A client that never answers our close frame loses its socket after this long anyway. */
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

    private final ConnectionContext context;
    private final Channel channel;
    private final SerialExecutor inOrder;
    private final Clock clock;
    private final AtomicReference<CloseStatus> closing = new AtomicReference<>();
    private final CompletableFuture<Void> disconnectHandled = new CompletableFuture<>();
    private volatile Instant lastActiveAt;
    private volatile long lastActiveNanos;
    private ScheduledFuture<?> idleCheck;
    private ScheduledFuture<?> maxAge;

    WebSocketConnection(ConnectionContext context, Channel channel, Executor workers, Clock clock) {
        this.context = context;
        this.channel = channel;
        this.inOrder = new SerialExecutor(workers);
        this.clock = clock;
        this.lastActiveAt = context.connectedAt();
        this.lastActiveNanos = System.nanoTime();
    }

    String id() {
        return context.connectionId();
    }

    ConnectionContext context() {
        return context;
    }

    Instant lastActiveAt() {
        return lastActiveAt;
    }

    /** False from the moment either side starts closing: a post then gets 410 Gone, as on AWS. */
    boolean isOpen() {
        return closing.get() == null && channel.isActive();
    }

    /** Runs {@code task} after every task given before it for this connection; other connections do not wait. */
    void inOrder(Runnable task) {
        inOrder.execute(task);
    }

    /** A data message in either direction; control frames (ping, pong) do not count, as on AWS. */
    void markActive() {
        lastActiveAt = clock.instant();
        lastActiveNanos = System.nanoTime();
    }

    /** One text frame to the client: a route's response or a posted message. */
    ChannelFuture send(ByteBuf text) {
        markActive();
        return channel.writeAndFlush(new TextWebSocketFrame(text));
    }

    /** Sends a Management API post and waits until the socket took it (called on a worker, never the event loop). */
    Delivery post(byte[] data) {
        if (!isOpen()) {
            return Delivery.GONE;
        }
        if (!channel.isWritable()) {
            // the client has not read what it was sent: refuse (429) rather than queue a copy a retry would repeat
            return Delivery.CLIENT_BUFFER_FULL;
        }
        ChannelFuture written = send(Unpooled.wrappedBuffer(data));
        if (!written.awaitUninterruptibly(POST_TIMEOUT.toMillis())) {
            return Delivery.CLIENT_BUFFER_FULL;
        }
        return written.isSuccess() ? Delivery.SENT : Delivery.GONE;
    }

    /** Closes from the gateway's side with {@code status}, unless the connection is already closing. */
    void close(CloseStatus status) {
        if (closing.compareAndSet(null, status)) {
            channel.writeAndFlush(new CloseWebSocketFrame(status.code(), status.reason()))
                    .addListener(ChannelFutureListener.CLOSE);
            channel.eventLoop().schedule(() -> channel.close(), CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The client's close frame: answered with the same code (RFC 6455, 5.5.1), then the socket closes. */
    void closedByClient(CloseWebSocketFrame frame) {
        CloseStatus status = frame.statusCode() < 0 ? CloseStatus.NO_STATUS
                : new CloseStatus(frame.statusCode(), frame.reasonText());
        if (closing.compareAndSet(null, status)) {
            channel.writeAndFlush(new CloseWebSocketFrame(true, 0, frame.content().retain()))
                    .addListener(ChannelFutureListener.CLOSE);
        } else {
            // the client's answer to our own close frame
            channel.close();
        }
    }

    /** Why it closed; a socket that ended without a close frame was lost (1006). */
    CloseStatus closeStatus() {
        return Optional.ofNullable(closing.get()).orElse(CloseStatus.CONNECTION_LOST);
    }

    /** Completes once {@code $disconnect} has been handled (or could not be, the stack stopping). */
    CompletableFuture<Void> disconnectHandled() {
        return disconnectHandled;
    }

    /** Starts the idle timeout and the maximum duration; both stop when the socket closes. Call on the event loop. */
    void watch(WebSocketLimits limits) {
        maxAge = channel.eventLoop().schedule(() -> close(CloseStatus.GOING_AWAY),
                limits.maxDuration().toNanos(), TimeUnit.NANOSECONDS);
        checkIdleIn(limits.idleTimeout(), limits.idleTimeout().toNanos());
        channel.closeFuture().addListener(closed -> {
            maxAge.cancel(false);
            idleCheck.cancel(false);
        });
    }

    private void checkIdleIn(Duration idleTimeout, long delayNanos) {
        idleCheck = channel.eventLoop().schedule(() -> {
            long remaining = idleTimeout.toNanos() - (System.nanoTime() - lastActiveNanos);
            if (remaining <= 0) {
                close(CloseStatus.GOING_AWAY);
            } else {
                checkIdleIn(idleTimeout, remaining);
            }
        }, delayNanos, TimeUnit.NANOSECONDS);
    }
}
