package dev.focus.localstack;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import org.slf4j.LoggerFactory;

/**
 * The frames of one upgraded connection, continuation frames already joined into messages: text goes to the
 * gateway, a ping is answered, binary and oversized messages close the connection with API Gateway's codes.
 */
final class WebSocketFrameHandler extends SimpleChannelInboundHandler<WebSocketFrame> {

    private final WebSocketGateway gateway;
    private final WebSocketConnection connection;

    WebSocketFrameHandler(WebSocketGateway gateway, WebSocketConnection connection) {
        this.gateway = gateway;
        this.connection = connection;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        switch (frame) {
            case TextWebSocketFrame text -> gateway.received(connection, text.text());
            case PingWebSocketFrame ping -> ctx.writeAndFlush(new PongWebSocketFrame(ping.content().retain()));
            case CloseWebSocketFrame close -> connection.closedByClient(close);
            // "API Gateway rejects it and disconnects the client with code 1003"
            case BinaryWebSocketFrame binary -> connection.close(CloseStatus.BINARY_NOT_SUPPORTED);
            default -> {
                // a pong needs no answer; continuation frames were joined by the aggregator before this handler
            }
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        switch (cause) {
            // a message above 128 KB, in frames the aggregator joined
            case TooLongFrameException tooLong -> connection.close(CloseStatus.MESSAGE_TOO_BIG);
            // a frame above 32 KB (1009), or not valid UTF-8 text (1007)
            case CorruptedWebSocketFrameException corrupt -> connection.close(
                    new CloseStatus(corrupt.closeStatus().code(), corrupt.closeStatus().reasonText()));
            default -> {
                LoggerFactory.getLogger(WebSocketFrameHandler.class).debug("WebSocket connection {} failed",
                        connection.id(), cause);
                ctx.close();
            }
        }
    }
}
