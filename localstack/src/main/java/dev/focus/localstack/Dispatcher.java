package dev.focus.localstack;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sends each request to the stack's own pages ({@code /health}, {@code /docs}, {@code /_local/...}), to the
 * WebSocket API's Management API or to the API routes, and upgrade requests to the WebSocket API. Until everything
 * has started only {@code /health} answers (503), so a script can wait on it. The stack's own pages are read-only:
 * GET and HEAD, any other method 405 with {@code Allow}.
 */
final class Dispatcher implements Function<LocalRequest, Handled>, WebSocketEndpoints {

    /** What answers once the stack is up; no WebSocket API when the stack hosts no function for it. */
    record Services(ApiRoutes api, DocsEndpoint docs, EmailsEndpoint emails, WebStandIns web, HealthReport health,
                    Optional<WebSocketGateway> webSocket) {
    }

    private static final String GOOGLE_JWKS = "{\"keys\":[]}";
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");
    private static final String ALLOW_READ = "GET, HEAD";

    private volatile Optional<Services> services = Optional.empty();
    private volatile boolean stopping;

    void ready(Services running) {
        services = Optional.of(running);
    }

    void stopping() {
        stopping = true;
    }

    @Override
    public Optional<WebSocketGateway> at(String path) {
        return stopping ? Optional.empty()
                : services.flatMap(Services::webSocket).filter(gateway -> gateway.path().equals(path));
    }

    @Override
    public Handled apply(LocalRequest request) {
        String path = request.path();
        Optional<Services> running = stopping ? Optional.empty() : services;
        if (path.equals("/health")) {
            return readOnly(request, () -> running.map(s -> LocalResponse.json(200, s.health().upJson()))
                    .orElseGet(() -> LocalResponse.json(503, HealthReport.notUpJson(stopping ? "STOPPING" : "STARTING"))));
        }
        Optional<WebSocketGateway> webSocket = services.flatMap(Services::webSocket);
        if (webSocket.isPresent() && ConnectionsApi.serves(path)) {
            // still answered while the stack stops: functions finishing their work may post until the sockets close
            return Handled.local(webSocket.get().management(request));
        }
        if (running.isEmpty()) {
            return Handled.local((stopping ? GatewayProblem.stopping() : GatewayProblem.starting()).response());
        }
        Services up = running.get();
        if (DocsEndpoint.serves(path)) {
            return readOnly(request, () -> up.docs().handle(request));
        }
        if (EmailsEndpoint.serves(path)) {
            return readOnly(request, () -> up.emails().handle(request));
        }
        if (WebStandIns.serves(path)) {
            return readOnly(request, () -> up.web().handle(request));
        }
        if (webSocket.isPresent() && path.equals(webSocket.get().path())) {
            return Handled.local(webSocket.get().upgradeRequired());
        }
        if (path.equals(FunctionSettings.LOCAL_GOOGLE_JWKS_PATH)) {
            return readOnly(request, () -> LocalResponse.json(200, GOOGLE_JWKS));
        }
        return up.api().handle(request).orElseGet(() -> path.equals("/")
                ? readOnly(request, () -> LocalResponse.redirect(DocsEndpoint.PREFIX))
                : Handled.local(GatewayProblem.notFound(request.method(), path).response()));
    }

    private static Handled readOnly(LocalRequest request, Supplier<LocalResponse> page) {
        if (!READ_METHODS.contains(request.method())) {
            return Handled.local(GatewayProblem.methodNotAllowed(request.method(), request.path(), ALLOW_READ)
                    .response(List.of(Map.entry("Allow", ALLOW_READ))));
        }
        return Handled.local(page.get());
    }
}
