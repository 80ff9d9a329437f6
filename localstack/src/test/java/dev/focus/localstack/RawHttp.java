package dev.focus.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 by hand over a plain socket, for what java.net.http refuses to send: raw NUL and non-ASCII bytes in a
 * request line, a lone {@code %}, a body shorter than its Content-Length, a broken request line.
 */
public final class RawHttp implements AutoCloseable {

    /** One response as read off the socket; {@code headers} by lower-case name. */
    public record Response(int status, Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text(), e);
            }
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private RawHttp(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    static RawHttp connect(int port, Duration readTimeout) {
        try {
            var socket = new Socket("localhost", port);
            socket.setSoTimeout((int) readTimeout.toMillis());
            return new RawHttp(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends {@code request} on a new connection and reads one response, waiting up to 10 s. */
    static Response exchange(int port, byte[] request) {
        try (RawHttp http = connect(port, Duration.ofSeconds(10))) {
            http.send(request);
            return http.read();
        }
    }

    /** A GET of {@code target} exactly as given, each char one byte (so raw UTF-8 goes in as its bytes). */
    static Response get(int port, byte[] target) {
        var request = new ByteArrayOutputStream();
        request.writeBytes("GET ".getBytes(StandardCharsets.US_ASCII));
        request.writeBytes(target);
        request.writeBytes(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return exchange(port, request.toByteArray());
    }

    /**
     * One request on a new connection, {@code target} sent as given (a {@code %zz} included), then its answer. Each
     * header line is written as UTF-8; a body gets its Content-Length.
     */
    public static Response request(int port, String method, String target, List<Map.Entry<String, String>> headers,
                                   byte[] body) {
        var request = new ByteArrayOutputStream();
        request.writeBytes((method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        for (Map.Entry<String, String> header : headers) {
            request.writeBytes((header.getKey() + ": " + header.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (body != null) {
            request.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        request.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            request.writeBytes(body);
        }
        return exchange(port, request.toByteArray());
    }

    static Response get(int port, String asciiTarget) {
        return get(port, asciiTarget.getBytes(StandardCharsets.ISO_8859_1));
    }

    void send(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void send(String ascii) {
        send(ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The next response: its head, then Content-Length bytes of body. */
    Response read() {
        try {
            String head = readHead();
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            var headers = new LinkedHashMap<String, String>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
            return new Response(status, headers, in.readNBytes(length));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the server closed the connection: a read sees its end (or a reset) within the read timeout. */
    boolean closedByServer() {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private String readHead() throws IOException {
        var head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("the connection closed before a response; read so far: " + head);
            }
            head.append((char) c);
        }
        return head.toString();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a test socket: nothing to do about it
        }
    }
}
