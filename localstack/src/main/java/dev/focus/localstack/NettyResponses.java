package dev.focus.localstack;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;

import java.util.Map;

/** A {@link LocalResponse} as the HTTP/1.1 message Netty writes. */
final class NettyResponses {

    private NettyResponses() {
    }

    /**
     * {@code close}: the connection closes after this answer, and says so. {@code head}: the answer to a HEAD
     * request, whose headers (Content-Length included) are those of the GET but which carries no body.
     */
    static FullHttpResponse of(LocalResponse response, boolean close, boolean head) {
        FullHttpResponse http = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(response.status()),
                head ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(response.body()));
        for (Map.Entry<String, String> header : response.headers()) {
            http.headers().add(header.getKey(), header.getValue());
        }
        http.headers().set(HttpHeaderNames.CONTENT_LENGTH, response.body().length);
        http.headers().remove(HttpHeaderNames.TRANSFER_ENCODING);
        if (close) {
            http.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        } else {
            // HTTP/1.1 keeps a connection open unless it says otherwise
            http.headers().remove(HttpHeaderNames.CONNECTION);
        }
        return http;
    }
}
