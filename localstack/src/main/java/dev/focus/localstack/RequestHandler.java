package dev.focus.localstack;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * Copies each request off the event loop, dispatches it on a worker and writes the answer back, logging one line;
 * hands a WebSocket upgrade request to the gateway of its path, if there is one.
 */
final class RequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final Logger REQUESTS = LoggerFactory.getLogger("dev.focus.localstack.requests");

    private final ExecutorService workers;
    private final Function<LocalRequest, Handled> dispatcher;
    private final WebSocketEndpoints webSockets;

    RequestHandler(ExecutorService workers, Function<LocalRequest, Handled> dispatcher, WebSocketEndpoints webSockets) {
        this.workers = workers;
        this.dispatcher = dispatcher;
        this.webSockets = webSockets;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        long startNanos = System.nanoTime();
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        LocalRequest local = toLocal(ctx, request);
        if (isWebSocketUpgrade(request)) {
            Optional<WebSocketGateway> gateway = webSockets.at(local.rawPath());
            if (gateway.isPresent()) {
                gateway.get().upgrade(ctx, request, local.sourceIp());
                return;
            }
        }
        try {
            workers.execute(() -> {
                Handled handled = dispatchOrFail(local);
                write(ctx, handled.response(), keepAlive);
                long millis = (System.nanoTime() - startNanos) / 1_000_000;
                if (local.rawPath().equals("/health")) {
                    // scripts poll it while the stack starts; their polls would drown the log
                    REQUESTS.debug("{} {} -> {} {} {} ms", local.method(), local.rawPath(), handled.target(),
                            handled.response().status(), millis);
                } else {
                    REQUESTS.info("{} {} -> {} {} {} ms", local.method(), local.rawPath(), handled.target(),
                            handled.response().status(), millis);
                }
            });
        } catch (RejectedExecutionException stopping) {
            write(ctx, LocalResponse.gatewayMessage(503, "Service Unavailable"), false);
        }
    }

    private Handled dispatchOrFail(LocalRequest local) {
        try {
            return dispatcher.apply(local);
        } catch (RuntimeException bug) {
            LoggerFactory.getLogger(RequestHandler.class).error("The local stack failed on {} {}", local.method(),
                    local.rawPath(), bug);
            return Handled.local(LocalResponse.gatewayMessage(500, "Internal Server Error"));
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LoggerFactory.getLogger(RequestHandler.class).debug("Connection error", cause);
        ctx.close();
    }

    private static boolean isWebSocketUpgrade(FullHttpRequest request) {
        return request.method().equals(HttpMethod.GET)
                && request.headers().containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true);
    }

    private static LocalRequest toLocal(ChannelHandlerContext ctx, FullHttpRequest request) {
        String uri = request.uri();
        int question = uri.indexOf('?');
        String rawPath = question < 0 ? uri : uri.substring(0, question);
        String rawQuery = question < 0 ? "" : uri.substring(question + 1);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        request.headers().forEach(headers::add);
        String sourceIp = ctx.channel().remoteAddress() instanceof InetSocketAddress address
                ? address.getAddress().getHostAddress() : "127.0.0.1";
        return new LocalRequest(request.method().name(), rawPath, rawQuery, headers,
                ByteBufUtil.getBytes(request.content()), sourceIp);
    }

    private static void write(ChannelHandlerContext ctx, LocalResponse response, boolean keepAlive) {
        FullHttpResponse http = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(response.status()), Unpooled.wrappedBuffer(response.body()));
        for (Map.Entry<String, String> header : response.headers()) {
            http.headers().add(header.getKey(), header.getValue());
        }
        http.headers().set(HttpHeaderNames.CONTENT_LENGTH, response.body().length);
        http.headers().remove(HttpHeaderNames.TRANSFER_ENCODING);
        if (keepAlive) {
            HttpUtil.setKeepAlive(http, true);
            ctx.writeAndFlush(http);
        } else {
            ctx.writeAndFlush(http).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
