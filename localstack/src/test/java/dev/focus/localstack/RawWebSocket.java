package dev.focus.localstack;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A WebSocket client written by hand over a plain socket, for what the JDK's client never does: send one frame
 * above 32 KB (it splits messages into smaller frames) or vanish without a close frame.
 */
final class RawWebSocket implements AutoCloseable {

    /** One frame as read: its opcode (1 text, 8 close, ...) and payload. */
    record Frame(int opcode, byte[] payload) {

        int closeCode() {
            return ((payload[0] & 0xff) << 8) | (payload[1] & 0xff);
        }
    }

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final String statusLine;

    private RawWebSocket(Socket socket, String statusLine) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
        this.statusLine = statusLine;
    }

    /** Sends the upgrade request for {@code pathAndQuery} and reads the response's head. */
    static RawWebSocket open(int port, String pathAndQuery) throws IOException {
        String key = Base64.getEncoder().encodeToString("0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
        return send(port, "GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n");
    }

    /** Sends {@code requestHead} as it is and reads the response's head. */
    static RawWebSocket send(int port, String requestHead) throws IOException {
        var socket = new Socket("localhost", port);
        socket.setSoTimeout(10_000);
        OutputStream out = socket.getOutputStream();
        out.write(requestHead.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        var in = socket.getInputStream();
        var head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            head.append((char) c);
        }
        return new RawWebSocket(socket, head.toString().split("\r\n", 2)[0]);
    }

    String statusLine() {
        return statusLine;
    }

    /** One final text frame, masked as a client must; the length takes 2 or 8 extra bytes as needed. */
    void sendTextFrame(byte[] payload) throws IOException {
        out.write(0x81);
        if (payload.length < 126) {
            out.write(0x80 | payload.length);
        } else if (payload.length <= 0xffff) {
            out.write(0x80 | 126);
            out.write(payload.length >>> 8);
            out.write(payload.length & 0xff);
        } else {
            out.write(0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) ((long) payload.length >>> shift) & 0xff);
            }
        }
        byte[] mask = {1, 2, 3, 4};
        out.write(mask);
        var masked = new byte[payload.length];
        for (int i = 0; i < payload.length; i++) {
            masked[i] = (byte) (payload[i] ^ mask[i % 4]);
        }
        out.write(masked);
        out.flush();
    }

    /** The next frame from the server (never masked). */
    Frame readFrame() throws IOException {
        int opcode = in.readUnsignedByte() & 0x0f;
        long length = in.readUnsignedByte() & 0x7f;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        var payload = new byte[(int) length];
        in.readFully(payload);
        return new Frame(opcode, payload);
    }

    /** Ends the TCP connection without a close frame. */
    @Override
    public void close() throws IOException {
        socket.close();
    }
}
