package dev.focus.bench;

import dev.focus.emulators.Json;
import dev.focus.emulators.ApiGatewayHttpEvents;
import dev.focus.emulators.HttpRequestData;
import dev.focus.emulators.LocalCloud;
import dev.focus.lambda.host.IsolatedFunction;
import dev.focus.resources.FocusResources;
import dev.focus.resources.Setting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rooms deployment jar in this JVM ({@link IsolatedFunction}, as the local stack hosts it), called with the
 * HTTP API v2 events API Gateway makes of each request on the routes of {@link FocusResources#ROOMS}.
 */
final class HostedRooms implements RoomsRoutes, AutoCloseable {

    static final String JWT_SECRET = "bench-only-secret-bench-only-secret-bench-only-secret-0123456789";

    private final IsolatedFunction function;

    private HostedRooms(IsolatedFunction function) {
        this.function = function;
    }

    /** What the function reads to reach {@code cloud}, plus the secret its tokens are signed with. */
    static Map<String, String> settings(LocalCloud cloud) {
        var settings = new LinkedHashMap<>(cloud.settings());
        settings.put(Setting.JWT_SECRET.property(), JWT_SECRET);
        return settings;
    }

    /** Functions read their settings from system properties here, as from environment variables on AWS. */
    static HostedRooms load(BenchFunction rooms, Map<String, String> settings) {
        if (!rooms.built()) {
            throw new IllegalStateException(rooms.missingMessage());
        }
        settings.forEach(System::setProperty);
        BenchFunction copy;
        try {
            // a private copy: rebuilding the module during a run would pull the jar from under the class loader
            copy = rooms.copiedTo(Files.createTempDirectory("bench-rooms"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + rooms.jar(), e);
        }
        return new HostedRooms(IsolatedFunction.load(copy.name(), copy.jar(), copy.handler()));
    }


    @Override
    public RoomsReply call(String method, String pathAndQuery, Object body, BenchUser caller) {
        int question = pathAndQuery.indexOf('?');
        String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        String query = question < 0 ? "" : pathAndQuery.substring(question + 1);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry("host", "api.focus.bench"));
        headers.add(Map.entry("authorization", "Bearer " + caller.token()));
        byte[] bytes = null;
        if (body != null) {
            headers.add(Map.entry("content-type", "application/json"));
            bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        }
        var request = new HttpRequestData(method, path, query, headers, bytes, "198.51.100.7");
        var answer = ApiGatewayHttpEvents.parse(function.invoke(event(request)));
        return new RoomsReply(answer.statusCode(), Json.read(answer.bodyText()), answer.headers());
    }

    private static String event(HttpRequestData request) {
        return ApiGatewayHttpEvents.routedEvent(FocusResources.ROOMS.routes(), request, Clock.systemUTC())
                .orElseThrow(() -> new IllegalArgumentException(
                        "API Gateway routes no " + request.method() + " " + request.rawPath() + " to rooms"));
    }

    @Override
    public void close() throws IOException {
        function.close();
    }
}
