package dev.focus.localstack;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The {@link HttpTimeouts} of one HTTP connection, first in its pipeline so that it sees every byte arrive. A
 * request counts as in progress from its first byte until {@link RequestHandler} has it whole
 * ({@link #requestRead()}); its answer is pending until written ({@link #answered()}). While an answer is pending
 * nothing times out. A connection that upgrades to a WebSocket drops this handler: the WebSocket API has its own
 * timeouts. Every method runs on the connection's event loop.
 */
final class HttpConnectionTimeouts extends ChannelInboundHandlerAdapter {

    private final HttpTimeouts timeouts;
    private ChannelHandlerContext ctx;
    private boolean receiving;
    private int pending;
    private boolean closing;
    private ScheduledFuture<?> timer;

    HttpConnectionTimeouts(HttpTimeouts timeouts) {
        this.timeouts = timeouts;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        arm();
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof ByteBuf bytes && bytes.isReadable()) {
            receiving = true;
        }
        // the request these bytes complete reaches requestRead() before this returns; bytes of a pipelined request
        // that arrived with them are then not counted (its wait falls to the idle timeout)
        ctx.fireChannelRead(msg);
        arm();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        cancel();
        ctx.fireChannelInactive();
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        cancel();
    }

    /** A whole request was read; its answer is now pending. */
    void requestRead() {
        receiving = false;
        pending++;
        arm();
    }

    /** A pending answer was written. */
    void answered() {
        pending = Math.max(0, pending - 1);
        arm();
    }

    /** The connection is closing for another reason: no timeout may answer on it any more. */
    void closing() {
        closing = true;
        cancel();
    }

    /** {@link #closing()} on the connection of {@code pipeline}, if it has timeouts. */
    static void closingOn(ChannelPipeline pipeline) {
        HttpConnectionTimeouts timeouts = pipeline.get(HttpConnectionTimeouts.class);
        if (timeouts != null) {
            timeouts.closing();
        }
    }

    /** {@link #requestRead()} on the connection of {@code pipeline}, if it has timeouts. */
    static void requestReadOn(ChannelPipeline pipeline) {
        HttpConnectionTimeouts timeouts = pipeline.get(HttpConnectionTimeouts.class);
        if (timeouts != null) {
            timeouts.requestRead();
        }
    }

    /** Leaves {@code pipeline}: a connection that upgraded to a WebSocket. */
    static void removeFrom(ChannelPipeline pipeline) {
        if (pipeline.get(HttpConnectionTimeouts.class) != null) {
            pipeline.remove(HttpConnectionTimeouts.class);
        }
    }

    /** {@link #answered()} on the connection of {@code pipeline}, if it has timeouts. */
    static void answeredOn(ChannelPipeline pipeline) {
        HttpConnectionTimeouts timeouts = pipeline.get(HttpConnectionTimeouts.class);
        if (timeouts != null) {
            timeouts.answered();
        }
    }

    private void arm() {
        cancel();
        if (closing || pending > 0 || ctx == null || !ctx.channel().isActive()) {
            return;
        }
        if (receiving) {
            schedule(timeouts.requestTimeout(), this::requestTimedOut);
        } else {
            schedule(timeouts.idleTimeout(), () -> ctx.channel().close());
        }
    }

    private void requestTimedOut() {
        if (!receiving || pending > 0 || closing) {
            return;
        }
        closing = true;
        // through the whole pipeline: this handler sits before the HTTP encoder
        ctx.channel().writeAndFlush(NettyResponses.of(GatewayProblem.requestTimeout(timeouts.requestTimeout()).response(), true, false))
                .addListener(ChannelFutureListener.CLOSE);
    }

    private void schedule(Duration after, Runnable task) {
        timer = ctx.executor().schedule(task, after.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void cancel() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }
}
