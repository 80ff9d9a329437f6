package dev.focus.localstack;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.util.ReferenceCountUtil;

import java.util.concurrent.TimeUnit;

/**
 * Netty's aggregator, answering what it refuses as the gateway answers: a body above the limit gets a problem+json
 * 413, before the upload when the client waits for {@code 100 Continue}; an {@code Expect} other than
 * {@code 100-continue} a 417. Either way the connection then closes: after a 413 the gateway stops sending and
 * reads on for a moment, so a client still uploading gets to read the answer instead of a reset connection.
 */
final class GatewayAggregator extends HttpObjectAggregator {

    private static final long LINGER_MILLIS = 2_000;

    private final int maxBodyBytes;

    GatewayAggregator(int maxBodyBytes) {
        // true: close after refusing an expectation, rather than reading a body nobody wants
        super(maxBodyBytes, true);
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected Object newContinueResponse(HttpMessage start, int maxContentLength, ChannelPipeline pipeline) {
        Object response = super.newContinueResponse(start, maxContentLength, pipeline);
        if (response instanceof HttpResponse refusal && refusal.status().code() >= 400) {
            int status = refusal.status().code();
            ReferenceCountUtil.release(response);
            HttpConnectionTimeouts.closingOn(pipeline);
            GatewayProblem problem = status == 413 ? GatewayProblem.payloadTooLarge(maxBodyBytes)
                    : GatewayProblem.expectationFailed(start.headers().get("Expect"));
            return NettyResponses.of(problem.response(), true, false);
        }
        return response;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        HttpConnectionTimeouts.closingOn(ctx.pipeline());
        ctx.writeAndFlush(NettyResponses.of(GatewayProblem.payloadTooLarge(maxBodyBytes).response(), true, false))
                .addListener(written -> {
                    if (!written.isSuccess() || !(ctx.channel() instanceof SocketChannel socket)) {
                        ctx.close();
                        return;
                    }
                    // the rest of the body is read and dropped (the aggregator now discards it) until the linger ends
                    socket.shutdownOutput();
                    ctx.executor().schedule(() -> ctx.close(), LINGER_MILLIS, TimeUnit.MILLISECONDS);
                });
    }
}
