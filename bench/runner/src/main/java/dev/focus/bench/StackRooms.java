package dev.focus.bench;

import dev.focus.emulators.Json;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The rooms routes of a running local stack, over HTTP as a client calls them. */
final class StackRooms implements RoomsRoutes, AutoCloseable {

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    StackRooms(URI base) {
        this.base = base;
    }

    /** The stack's {@code GET /health}: endpoints, queue URLs and event sources. */
    JsonNode health() {
        return Json.read(send(HttpRequest.newBuilder(base.resolve("/health")).GET()).body());
    }

    @Override
    public RoomsReply call(String method, String pathAndQuery, Object body, BenchUser caller) {
        var request = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .header("authorization", "Bearer " + caller.token())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(Json.write(body)));
        if (body != null) {
            request.header("content-type", "application/json");
        }
        var response = send(request);
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name, String.join(",", values)));
        return new RoomsReply(response.statusCode(), Json.read(response.body()), headers);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("The stack at " + base + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling the stack", e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
