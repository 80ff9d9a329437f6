package dev.focus.localstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.focus.resources.WebSocketApi;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The local API Gateway WebSocket API: upgrades requests to its path after the function accepted {@code $connect},
 * routes each text message by its {@code action} to the function, one message of a connection at a time, sends a
 * two-way route's response back, and tells the function {@code $disconnect} once when the socket closes for any
 * reason. The function runs on worker threads, never on Netty's event loop. Its Management API
 * ({@code /@connections/{id}}) is {@link ConnectionsApi}.
 */
final class WebSocketGateway implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebSocketGateway.class);
    /** API Gateway's frame limit; longer messages come in continuation frames, joined up to the message limit. */
    static final int MAX_FRAME_BYTES = 32 * 1024;
    private static final WebSocketDecoderConfig FRAMES = WebSocketDecoderConfig.newBuilder()
            .maxFramePayloadLength(MAX_FRAME_BYTES)
            // the frame handler closes with the code itself, so $disconnect can report it
            .closeOnProtocolViolation(false)
            .build();
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final WebSocketApi api;
    private final WebSocketIntegration integration;
    private final ExecutorService workers;
    private final WebSocketLimits limits;
    private final Clock clock;
    private final WebSocketEvents events;
    private final ConnectionsApi connectionsApi;
    private final Map<String, WebSocketConnection> open = new ConcurrentHashMap<>();
    private boolean closing;

    WebSocketGateway(WebSocketApi api, String functionName, WebSocketFunction function, ExecutorService workers,
                     WebSocketLimits limits, Clock clock) {
        this.api = api;
        this.workers = workers;
        this.limits = limits;
        this.clock = clock;
        var json = new ObjectMapper();
        this.events = new WebSocketEvents(json, api);
        this.integration = new WebSocketIntegration(functionName, function, events);
        this.connectionsApi = new ConnectionsApi(json, this::openConnection);
    }

    String path() {
        return api.path();
    }

    String functionName() {
        return integration.functionName();
    }

    int openConnections() {
        return open.size();
    }

    private Optional<WebSocketConnection> openConnection(String connectionId) {
        return Optional.ofNullable(open.get(connectionId)).filter(WebSocketConnection::isOpen);
    }

    /** Answers the Management API ({@code /@connections/{id}}). */
    LocalResponse management(LocalRequest request) {
        return connectionsApi.handle(request);
    }

    /** What a request to the API's path that does not ask for an upgrade gets. */
    LocalResponse upgradeRequired() {
        return GatewayProblem.upgradeRequired(api.path()).response(List.of(Map.entry("Upgrade", "websocket")));
    }

    /**
     * An upgrade request to {@link #path()}, read on the event loop: {@code $connect} runs on a worker and decides
     * whether the handshake completes. {@code handler} is the HTTP handler, which the WebSocket handlers replace;
     * {@code rawQuery} the query as {@link RequestTarget} read it.
     */
    void upgrade(ChannelHandlerContext handler, FullHttpRequest request, String sourceIp, String rawQuery) {
        // a copy without a body: the event loop releases the original when this returns
        FullHttpRequest upgrade = request.replace(Unpooled.EMPTY_BUFFER);
        String host = Optional.ofNullable(request.headers().get(HttpHeaderNames.HOST)).orElse("localhost");
        WebSocketServerHandshaker handshaker =
                new WebSocketServerHandshakerFactory("ws://" + host + api.path(), null, FRAMES).newHandshaker(upgrade);
        if (handshaker == null) {
            refuse(handler.channel(), GatewayProblem.invalidHandshake("only Sec-WebSocket-Version 13 is supported")
                    .response(List.of(Map.entry("Sec-WebSocket-Version", "13"))));
            return;
        }
        // what the handshake needs, checked before $connect runs: the handshake itself would throw later
        if (!request.headers().containsValue(HttpHeaderNames.CONNECTION, HttpHeaderValues.UPGRADE, true)
                || !request.headers().contains(HttpHeaderNames.SEC_WEBSOCKET_KEY)) {
            refuse(handler.channel(), GatewayProblem.invalidHandshake(
                    "it needs Connection: Upgrade and a Sec-WebSocket-Key").response());
            return;
        }
        var context = new ConnectionContext(GatewayIds.next(), clock.instant(), sourceIp,
                Optional.ofNullable(request.headers().get(HttpHeaderNames.USER_AGENT)), host);
        String event = events.connect(context, new ArrayList<>(request.headers().entries()), rawQuery,
                GatewayIds.next());
        try {
            workers.execute(() -> connect(handler, handshaker, upgrade, context, event));
        } catch (RejectedExecutionException stopping) {
            refuse(handler.channel(), GatewayProblem.stopping().response());
        }
    }

    private void connect(ChannelHandlerContext handler, WebSocketServerHandshaker handshaker, FullHttpRequest upgrade,
                         ConnectionContext context, String event) {
        Channel channel = handler.channel();
        Optional<WebSocketEvents.Reply> reply = integration.invoke(WebSocketApi.CONNECT, context.connectionId(), event);
        if (reply.isEmpty() || !reply.get().accepted()) {
            // a status that is no HTTP refusal (e.g. 0 from a response whose statusCode was never set) fails as 500
            int status = reply.map(WebSocketEvents.Reply::statusCode).filter(code -> code >= 300 && code <= 599)
                    .orElse(500);
            refuse(channel, reply.flatMap(WebSocketEvents.Reply::body).map(body -> LocalResponse.json(status, body))
                    .orElseGet(() -> (reply.isEmpty()
                            ? GatewayProblem.internalError("The function " + functionName() + " failed on $connect.")
                            : GatewayProblem.connectionRefused(status)).response()));
            return;
        }
        var connection = new WebSocketConnection(context, channel, workers, clock);
        channel.eventLoop().execute(() -> {
            channel.closeFuture().addListener(closed -> disconnected(connection));
            if (!channel.isActive()) {
                // the client left while $connect ran: the function still hears $disconnect
                return;
            }
            if (!register(connection)) {
                refuse(channel, GatewayProblem.stopping().response());
                return;
            }
            handler.pipeline().replace(handler.handler(), "websocket-messages",
                    new WebSocketFrameAggregator(WebSocketApi.MAX_MESSAGE_BYTES));
            handler.pipeline().addLast("websocket-frames", new WebSocketFrameHandler(this, connection));
            // registered first, so the connection is known once the client has its 101; a post written from now on
            // leaves after the handshake's response, through the WebSocket encoder it installs
            handshaker.handshake(channel, upgrade).addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
            connection.watch(limits);
        });
    }

    /** A text message from the client, on the event loop; dropped once the connection is closing. */
    void received(WebSocketConnection connection, String body) {
        if (!connection.isOpen()) {
            return;
        }
        connection.markActive();
        String routeKey = events.routeKey(body);
        String requestId = GatewayIds.next();
        String event = events.message(connection.context(), routeKey, body, GatewayIds.next(), requestId,
                clock.instant());
        try {
            connection.inOrder(() -> answer(connection, routeKey, requestId, event));
        } catch (RejectedExecutionException stopping) {
            LOG.debug("Dropped a message of {}: the stack is stopping", connection.id());
        }
    }

    private void answer(WebSocketConnection connection, String routeKey, String requestId, String event) {
        Optional<WebSocketEvents.Reply> reply = integration.invoke(routeKey, connection.id(), event);
        if (!WebSocketApi.returnsResponse(routeKey)) {
            return;
        }
        Optional<String> text = reply.isEmpty()
                ? Optional.of(events.internalServerError(connection.id(), requestId))
                : reply.get().body().filter(body -> !body.isEmpty());
        text.ifPresent(body -> connection.send(Unpooled.copiedBuffer(body, StandardCharsets.UTF_8)));
    }

    private void disconnected(WebSocketConnection connection) {
        open.remove(connection.id(), connection);
        CloseStatus status = connection.closeStatus();
        String event = events.disconnect(connection.context(), status, GatewayIds.next(), clock.instant());
        try {
            connection.inOrder(() -> {
                integration.invoke(WebSocketApi.DISCONNECT + " " + status.code(), connection.id(), event);
                connection.disconnectHandled().complete(null);
            });
        } catch (RejectedExecutionException stopping) {
            LOG.warn("No $disconnect for {}: the stack stopped first", connection.id());
            connection.disconnectHandled().complete(null);
        }
    }

    private synchronized boolean register(WebSocketConnection connection) {
        if (closing) {
            return false;
        }
        open.put(connection.id(), connection);
        return true;
    }

    /** Closes every open socket with 1001 (going away) and waits until their {@code $disconnect} ran. */
    @Override
    public void close() {
        List<WebSocketConnection> all;
        synchronized (this) {
            closing = true;
            all = List.copyOf(open.values());
        }
        all.forEach(connection -> connection.close(CloseStatus.GOING_AWAY));
        try {
            CompletableFuture.allOf(all.stream().map(WebSocketConnection::disconnectHandled)
                    .toArray(CompletableFuture[]::new)).get(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("Some $disconnect events were still running after {} s", CLOSE_WAIT.toSeconds());
        } catch (ExecutionException e) {
            LOG.warn("A $disconnect event failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Answers the upgrade request with {@code response} instead of switching protocols, and closes the socket. */
    private static void refuse(Channel channel, LocalResponse response) {
        channel.writeAndFlush(NettyResponses.of(response, true, false)).addListener(ChannelFutureListener.CLOSE);
    }
}
