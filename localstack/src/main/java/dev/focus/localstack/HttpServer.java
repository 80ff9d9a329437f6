package dev.focus.localstack;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;

import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The listening socket. Netty's event loop only parses and writes; every request is answered on a worker
 * thread so that slow handlers never block other connections and concurrent requests run concurrently. An upgrade
 * request to a WebSocket API's path leaves HTTP for that API's {@link WebSocketGateway}.
 */
final class HttpServer implements AutoCloseable {

    /** API Gateway rejects payloads above 10 MB. */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    /** An HTTP API takes 10240 bytes of request line and headers together; Netty counts them apart. */
    static final int MAX_REQUEST_LINE_BYTES = 10_240;
    static final int MAX_HEADER_BYTES = 10_240;

    private final EventLoopGroup acceptors;
    private final EventLoopGroup connections;
    private final Channel serverChannel;

    private HttpServer(EventLoopGroup acceptors, EventLoopGroup connections, Channel serverChannel) {
        this.acceptors = acceptors;
        this.connections = connections;
        this.serverChannel = serverChannel;
    }

    /** Listens on {@code port} of the loopback interface; {@link PortInUseException} when it is taken. */
    static HttpServer bind(int port, ExecutorService workers, Function<LocalRequest, Handled> dispatcher,
                           WebSocketEndpoints webSockets, HttpTimeouts timeouts) {
        EventLoopGroup acceptors = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        EventLoopGroup connections = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        try {
            Channel channel = new ServerBootstrap()
                    .group(acceptors, connections)
                    .channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline()
                                    .addLast(new HttpConnectionTimeouts(timeouts))
                                    .addLast(new HttpServerCodec(new HttpDecoderConfig()
                                            .setMaxInitialLineLength(MAX_REQUEST_LINE_BYTES)
                                            .setMaxHeaderSize(MAX_HEADER_BYTES)))
                                    // answers Expect: 100-continue itself, after checking Content-Length
                                    .addLast(new GatewayAggregator(MAX_BODY_BYTES))
                                    .addLast(new RequestHandler(workers, dispatcher, webSockets));
                        }
                    })
                    .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
                    .syncUninterruptibly()
                    .channel();
            return new HttpServer(acceptors, connections, channel);
        } catch (Exception e) {
            // syncUninterruptibly() rethrows the bind's checked BindException as it is; without these threads
            // stopped, the JVM would outlive the failed start
            acceptors.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS).syncUninterruptibly();
            connections.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS).syncUninterruptibly();
            if (e instanceof BindException) {
                throw new PortInUseException(port, e);
            }
            throw new IllegalStateException("Cannot listen on port " + port, e);
        }
    }

    int port() {
        return ((InetSocketAddress) serverChannel.localAddress()).getPort();
    }

    /** Stops accepting connections; requests already read are still answered. */
    void stopAccepting() {
        serverChannel.close().syncUninterruptibly();
    }

    @Override
    public void close() {
        stopAccepting();
        acceptors.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        connections.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
