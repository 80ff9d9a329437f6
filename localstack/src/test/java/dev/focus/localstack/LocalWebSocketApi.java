package dev.focus.localstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.focus.resources.FocusResources;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The stack's HTTP server and dispatcher on a free port without the emulators or any HTTP route: the WebSocket API
 * in front of a function given by the test (a {@link FakeRealtimeFunction}, or a real handler in its own jar), or no
 * WebSocket API at all. Also the AWS SDK's Management API client, configured as the functions configure theirs
 * (only the endpoint differs from AWS).
 */
final class LocalWebSocketApi implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final ApiGatewayManagementApiClient management;
    private final ExecutorService workers = Executors.newFixedThreadPool(16);
    private final Dispatcher dispatcher = new Dispatcher();
    private final Optional<WebSocketGateway> gateway;
    private final HttpServer server;

    private LocalWebSocketApi(Optional<WebSocketFunction> function, WebSocketLimits limits) {
        gateway = function.map(f -> new WebSocketGateway(FocusResources.WEBSOCKET_API, "realtime", f, workers, limits,
                Clock.systemUTC()));
        server = HttpServer.bind(0, workers, dispatcher, dispatcher, HttpTimeouts.DEFAULT);
        var json = new ObjectMapper();
        dispatcher.ready(new Dispatcher.Services(new ApiRoutes(new RouteTable(List.of()), Map.of(), new HttpApiCodec()),
                new DocsEndpoint(OpenApiDocuments.readFrom(List.of()), Map.of(), List.of()), new EmailsEndpoint(List::of, json),
                new WebStandIns(),
                new HealthReport(json, server.port(), Duration.ZERO, Map.of(), Map.of(), Map.of(), gateway),
                gateway));
        management = ApiGatewayManagementApiClient.builder()
                .endpointOverride(baseUri())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    static LocalWebSocketApi serving(WebSocketFunction function, WebSocketLimits limits) {
        return new LocalWebSocketApi(Optional.of(function), limits);
    }

    /** As a stack that hosts no function for the WebSocket API. */
    static LocalWebSocketApi withoutWebSocketApi() {
        return new LocalWebSocketApi(Optional.empty(), WebSocketLimits.AWS);
    }

    URI baseUri() {
        return URI.create("http://localhost:" + server.port());
    }

    /** {@code ws://localhost:<port>/ws?token=<token>} */
    URI socketUri(String token) {
        return URI.create("ws://localhost:" + server.port() + FocusResources.WEBSOCKET_API.path() + "?token=" + token);
    }

    int port() {
        return server.port();
    }

    /** Opens a socket with {@code ?token=<token>}; fails when the function refused it. */
    TestSocket open(String token) throws Exception {
        return TestSocket.open(socketUri(token));
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUri() + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    int openConnections() {
        return gateway.orElseThrow().openConnections();
    }

    /** What the stack does first when it stops: no new upgrades, the rest answers 503. */
    void startStopping() {
        dispatcher.stopping();
    }

    /** Stops the WebSocket API as the stack does: every socket closes with 1001 and its $disconnect runs. */
    void closeGateway() {
        gateway.orElseThrow().close();
    }

    @Override
    public void close() {
        management.close();
        gateway.ifPresent(WebSocketGateway::close);
        server.close();
        workers.shutdownNow();
    }
}
