package dev.focus.emulators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;

/**
 * The SES v2 {@code SendEmail} call ({@code POST /v2/email/outbound-emails}, simple content) on 127.0.0.1,
 * recording every accepted email instead of sending it. Point {@code SesV2Client.endpointOverride} at
 * {@link #endpoint()}. Anything else answers in SES's error shape.
 */
public final class SesServer implements AutoCloseable {

    private static final String SEND_EMAIL_PATH = "/v2/email/outbound-emails";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Clock clock;
    private final ConcurrentLinkedDeque<SentEmail> emails = new ConcurrentLinkedDeque<>();

    private SesServer(HttpServer server, Clock clock) {
        this.server = server;
        this.clock = clock;
    }

    public static SesServer start(int port) {
        return start(port, Clock.systemUTC());
    }

    public static SesServer start(int port, Clock clock) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            SesServer ses = new SesServer(http, clock);
            http.createContext("/", ses::handle);
            http.start();
            return ses;
        } catch (IOException e) {
            throw new UncheckedIOException("SES emulator cannot listen on port " + port, e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Every accepted email, newest first. */
    public List<SentEmail> emails() {
        return List.copyOf(emails);
    }

    public void clear() {
        emails.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!SEND_EMAIL_PATH.equals(exchange.getRequestURI().getPath())) {
                answer(exchange, 404, "NotFoundException", error("no such operation: "
                        + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()));
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, "MethodNotAllowedException", error("use POST"));
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            switch (SendEmailRequest.parse(body, JSON)) {
                case SendEmailRequest.Valid valid -> {
                    SentEmail email = valid.toEmail(newMessageId(), clock.instant());
                    emails.addFirst(email);
                    ObjectNode ok = JSON.createObjectNode().put("MessageId", email.messageId());
                    answer(exchange, 200, null, ok);
                }
                case SendEmailRequest.Invalid invalid -> answer(exchange, 400, "BadRequestException",
                        error(invalid.message()));
            }
        }
    }

    private static String newMessageId() {
        return "0100" + Long.toHexString(System.nanoTime()) + "-" + UUID.randomUUID() + "-000000";
    }

    private static ObjectNode error(String message) {
        return JSON.createObjectNode().put("message", message);
    }

    private static void answer(HttpExchange exchange, int status, String errorType, JsonNode json) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(json);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        Optional.ofNullable(errorType).ifPresent(type -> exchange.getResponseHeaders().set("x-amzn-ErrorType", type));
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
