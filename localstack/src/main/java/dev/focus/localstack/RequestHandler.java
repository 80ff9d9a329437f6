package dev.focus.localstack;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpUtil;
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
 * Reads each request's target as an HTTP API does, copies the request off the event loop, dispatches it on a worker
 * and writes the answer back, logging one line; hands a WebSocket upgrade request to the gateway of its path, if
 * there is one. A request Netty could not parse, or whose target cannot be read, is answered here with a problem
 * document and reaches no function.
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
        HttpConnectionTimeouts.requestReadOn(ctx.pipeline());
        String method = request.method().name();
        if (request.decoderResult().isFailure()) {
            // the decoder discards whatever else this connection sends: answer, then close
            answerLocally(ctx, method, "(unreadable request)",
                    GatewayProblem.unreadableRequest(request.decoderResult().cause()).response(), false, false, startNanos);
            return;
        }
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        boolean head = request.method().equals(HttpMethod.HEAD);
        RequestTarget target;
        switch (RequestTarget.read(request.uri())) {
            case RequestTarget.Refused refused -> {
                answerLocally(ctx, method, printable(request.uri()), refused.problem().response(), keepAlive, head,
                        startNanos);
                return;
            }
            case RequestTarget.Read read -> target = read.target();
        }
        LocalRequest local = toLocal(ctx, request, target);
        if (isWebSocketUpgrade(request)) {
            Optional<WebSocketGateway> gateway = webSockets.at(local.path());
            if (gateway.isPresent()) {
                // from here the WebSocket API's own timeouts apply
                HttpConnectionTimeouts.removeFrom(ctx.pipeline());
                gateway.get().upgrade(ctx, request, local.sourceIp(), local.rawQuery());
                return;
            }
        }
        try {
            workers.execute(() -> {
                Handled handled = dispatchOrFail(local);
                write(ctx, handled.response(), keepAlive, head);
                log(local.method(), local.rawPath(), handled.target(), handled.response().status(), startNanos);
            });
        } catch (RejectedExecutionException stopping) {
            write(ctx, GatewayProblem.stopping().response(), false, head);
        }
    }

    private Handled dispatchOrFail(LocalRequest local) {
        try {
            return dispatcher.apply(local);
        } catch (RuntimeException bug) {
            LoggerFactory.getLogger(RequestHandler.class).error("The local stack failed on {} {}", local.method(),
                    local.rawPath(), bug);
            return Handled.local(GatewayProblem.internalError("The local gateway failed on this request; its log says why.")
                    .response());
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LoggerFactory.getLogger(RequestHandler.class).debug("Connection error", cause);
        ctx.close();
    }

    private static void answerLocally(ChannelHandlerContext ctx, String method, String target, LocalResponse response,
                                      boolean keepAlive, boolean head, long startNanos) {
        write(ctx, response, keepAlive, head);
        log(method, target, Handled.LOCAL, response.status(), startNanos);
    }

    private static void log(String method, String target, String handler, int status, long startNanos) {
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        if (target.equals("/health")) {
            // scripts poll it while the stack starts; their polls would drown the log
            REQUESTS.debug("{} {} -> {} {} {} ms", method, target, handler, status, millis);
        } else {
            REQUESTS.info("{} {} -> {} {} {} ms", method, target, handler, status, millis);
        }
    }

    private static boolean isWebSocketUpgrade(FullHttpRequest request) {
        return request.method().equals(HttpMethod.GET)
                && request.headers().containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true);
    }

    private static LocalRequest toLocal(ChannelHandlerContext ctx, FullHttpRequest request, RequestTarget target) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        request.headers().forEach(headers::add);
        String sourceIp = ctx.channel().remoteAddress() instanceof InetSocketAddress address
                ? address.getAddress().getHostAddress() : "127.0.0.1";
        return new LocalRequest(request.method().name(), target.rawPath(), target.path(), target.rawQuery(), headers,
                ByteBufUtil.getBytes(request.content()), sourceIp);
    }

    /** For the log: a target as received, its control and non-ASCII bytes shown as {@code \xNN}. */
    private static String printable(String uri) {
        var out = new StringBuilder(uri.length());
        uri.chars().forEach(c -> {
            if (c < 0x20 || c >= 0x7F) {
                out.append("\\x").append(String.format("%02X", c & 0xFF));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }

    private static void write(ChannelHandlerContext ctx, LocalResponse response, boolean keepAlive, boolean head) {
        ChannelFuture written = ctx.writeAndFlush(NettyResponses.of(response, !keepAlive, head));
        written.addListener(done -> HttpConnectionTimeouts.answeredOn(ctx.pipeline()));
        if (!keepAlive) {
            written.addListener(ChannelFutureListener.CLOSE);
        }
    }
}
