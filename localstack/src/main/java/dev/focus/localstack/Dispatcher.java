package dev.focus.localstack;

import java.util.Optional;
import java.util.function.Function;

/**
 * Sends each request to the stack's own pages ({@code /health}, {@code /docs}, {@code /_local/...}), to the
 * WebSocket API's Management API or to the API routes, and upgrade requests to the WebSocket API. Until everything
 * has started only {@code /health} answers (503), so a script can wait on it.
 */
final class Dispatcher implements Function<LocalRequest, Handled>, WebSocketEndpoints {

    /** What answers once the stack is up; no WebSocket API when the stack hosts no function for it. */
    record Services(ApiRoutes api, DocsEndpoint docs, EmailsEndpoint emails, WebStandIns web, HealthReport health,
                    Optional<WebSocketGateway> webSocket) {
    }

    private static final String GOOGLE_JWKS = "{\"keys\":[]}";

    private volatile Optional<Services> services = Optional.empty();
    private volatile boolean stopping;

    void ready(Services running) {
        services = Optional.of(running);
    }

    void stopping() {
        stopping = true;
    }

    @Override
    public Optional<WebSocketGateway> at(String rawPath) {
        return stopping ? Optional.empty()
                : services.flatMap(Services::webSocket).filter(gateway -> gateway.path().equals(rawPath));
    }

    @Override
    public Handled apply(LocalRequest request) {
        String path = request.rawPath();
        Optional<Services> running = stopping ? Optional.empty() : services;
        if (path.equals("/health")) {
            return Handled.local(running.map(s -> LocalResponse.json(200, s.health().upJson()))
                    .orElseGet(() -> LocalResponse.json(503, HealthReport.notUpJson(stopping ? "STOPPING" : "STARTING"))));
        }
        Optional<WebSocketGateway> webSocket = services.flatMap(Services::webSocket);
        if (webSocket.isPresent() && ConnectionsApi.serves(path)) {
            // still answered while the stack stops: functions finishing their work may post until the sockets close
            return Handled.local(webSocket.get().management(request));
        }
        if (running.isEmpty()) {
            return Handled.local(LocalResponse.gatewayMessage(503, "Service Unavailable"));
        }
        Services up = running.get();
        if (DocsEndpoint.serves(path)) {
            return Handled.local(up.docs().handle(request));
        }
        if (EmailsEndpoint.serves(path)) {
            return Handled.local(up.emails().handle(request));
        }
        if (WebStandIns.serves(path)) {
            return Handled.local(up.web().handle(request));
        }
        if (webSocket.isPresent() && path.equals(webSocket.get().path())) {
            return Handled.local(WebSocketGateway.upgradeRequired());
        }
        if (path.equals(FunctionSettings.LOCAL_GOOGLE_JWKS_PATH)) {
            return Handled.local(LocalResponse.json(200, GOOGLE_JWKS));
        }
        return up.api().handle(request).orElseGet(() -> Handled.local(path.equals("/")
                ? LocalResponse.redirect(DocsEndpoint.PREFIX)
                : LocalResponse.gatewayMessage(404, "Not Found")));
    }
}
