package dev.focus.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Stands between a function and DynamoDB Local and notes the operation of every call ({@code X-Amz-Target}:
 * GetItem, Query, UpdateItem, TransactWriteItems with its parts, ...), so that a benchmark can say which requests
 * wrote in a transaction, and of how many items. Requests pass through unchanged; DynamoDB Local does not check
 * their signatures.
 */
final class DynamoDbCallLog implements AutoCloseable {

    /** Headers the JDK's client sets itself, and hop-by-hop ones. */
    private static final Set<String> NOT_COPIED = Set.of("host", "connection", "content-length", "expect", "upgrade",
            "transfer-encoding", ":status");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI dynamoDb;
    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<String> operations = new ArrayList<>();

    private DynamoDbCallLog(URI dynamoDb) throws IOException {
        this.dynamoDb = dynamoDb;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::forward);
        server.start();
    }

    static DynamoDbCallLog inFrontOf(URI dynamoDb) throws IOException {
        return new DynamoDbCallLog(dynamoDb);
    }

    /** Where the function should send its DynamoDB calls. */
    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The operations called since the last take, in order. */
    synchronized List<String> take() {
        var taken = List.copyOf(operations);
        operations.clear();
        return taken;
    }

    private synchronized void note(String target, byte[] body) {
        String operation = target == null ? "?" : target.substring(target.indexOf('.') + 1);
        operations.add(operation.startsWith("Transact") ? operation + partsOf(body) : operation);
    }

    /** {@code (Put, Update, ConditionCheck)}: a transaction's parts, which its cost on AWS is counted by. */
    private static String partsOf(byte[] body) {
        try {
            var parts = new ArrayList<String>();
            JSON.readTree(body).path("TransactItems").forEach(item -> item.fieldNames().forEachRemaining(parts::add));
            return "(" + String.join(", ", parts) + ")";
        } catch (IOException e) {
            return "(unreadable)";
        }
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] sent = exchange.getRequestBody().readAllBytes();
            note(exchange.getRequestHeaders().getFirst("X-Amz-Target"), sent);
            var request = HttpRequest.newBuilder(dynamoDb.resolve(exchange.getRequestURI().toString()))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(sent));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_COPIED.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().map().forEach((name, values) -> {
                if (!NOT_COPIED.contains(name.toLowerCase(Locale.ROOT))) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] body = response.body();
            exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while forwarding to DynamoDB Local", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        client.close();
    }
}
