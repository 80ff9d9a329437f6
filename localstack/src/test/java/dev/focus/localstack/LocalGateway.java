package dev.focus.localstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.focus.lambda.host.IsolatedFunction;
import dev.focus.localstack.fixture.EchoHandler;
import dev.focus.resources.HttpRoute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The local gateway alone, without the emulators: its real server, dispatcher and routes in front of the
 * {@link EchoHandler} fixture packed into its own jar ({@code GET /echo/items/{id}}, {@code ANY /echo/{proxy+}}),
 * with timeouts a test chooses. {@link #starting} gives one whose stack never comes up.
 */
final class LocalGateway implements AutoCloseable {

    private final Path dir;
    private final ExecutorService workers = Executors.newFixedThreadPool(8);
    private final Dispatcher dispatcher = new Dispatcher();
    private final Optional<IsolatedFunction> echo;
    private final HttpServer server;

    private LocalGateway(HttpTimeouts timeouts, boolean up) {
        try {
            dir = Files.createTempDirectory("focus-gateway-test");
            Path jar = FixtureJars.jarOf(dir, "echo",
                    Map.of("META-INF/swagger/echo-1.0.yml", TestStack.ECHO_OPENAPI.getBytes(StandardCharsets.UTF_8)),
                    EchoHandler.class);
            echo = up ? Optional.of(IsolatedFunction.load("echo", jar, EchoHandler.class.getName())) : Optional.empty();
            server = HttpServer.bind(0, workers, dispatcher, dispatcher, timeouts);
            if (up) {
                var json = new ObjectMapper();
                var function = new HostedFunction("echo", jar, EchoHandler.class.getName(),
                        List.of(new HttpRoute("GET", "/echo/items/{id}"), HttpRoute.any("/echo/{proxy+}")),
                        Set.of(), "(packed by the test)");
                var routes = new RouteTable(function.routes().stream().map(r -> new RouteTable.Entry("echo", r)).toList());
                dispatcher.ready(new Dispatcher.Services(
                        new ApiRoutes(routes, Map.of("echo", echo.get()), new HttpApiCodec()),
                        new DocsEndpoint(OpenApiDocuments.readFrom(List.of(function)), Map.of(), List.of()),
                        new EmailsEndpoint(List::of, json), new WebStandIns(),
                        new HealthReport(json, server.port(), Duration.ZERO, Map.of("echo", Duration.ZERO), Map.of(),
                                Map.of(), Optional.empty()),
                        Optional.empty()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LocalGateway serving(HttpTimeouts timeouts) {
        return new LocalGateway(timeouts, true);
    }

    /** A gateway whose stack is still starting: only /health answers, with 503. */
    static LocalGateway starting() {
        return new LocalGateway(HttpTimeouts.DEFAULT, false);
    }

    int port() {
        return server.port();
    }

    @Override
    public void close() throws IOException {
        server.close();
        workers.shutdownNow();
        if (echo.isPresent()) {
            echo.get().close();
        }
        try (var files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
