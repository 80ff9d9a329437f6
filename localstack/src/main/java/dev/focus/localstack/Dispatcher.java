package dev.focus.localstack;

import java.util.Optional;
import java.util.function.Function;

/**
 * Sends each request to the stack's own pages ({@code /health}, {@code /docs}, {@code /_local/...}) or to the
 * API routes. Until everything has started only {@code /health} answers (503), so a script can wait on it.
 */
final class Dispatcher implements Function<LocalRequest, Handled> {

    /** What answers once the stack is up. */
    record Services(ApiRoutes api, DocsEndpoint docs, EmailsEndpoint emails, WebStandIns web, HealthReport health) {
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
    public Handled apply(LocalRequest request) {
        String path = request.rawPath();
        Optional<Services> running = stopping ? Optional.empty() : services;
        if (path.equals("/health")) {
            return Handled.local(running.map(s -> LocalResponse.json(200, s.health().upJson()))
                    .orElseGet(() -> LocalResponse.json(503, HealthReport.notUpJson(stopping ? "STOPPING" : "STARTING"))));
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
        if (path.equals(FunctionSettings.LOCAL_GOOGLE_JWKS_PATH)) {
            return Handled.local(LocalResponse.json(200, GOOGLE_JWKS));
        }
        return up.api().handle(request).orElseGet(() -> Handled.local(path.equals("/")
                ? LocalResponse.redirect(DocsEndpoint.PREFIX)
                : LocalResponse.gatewayMessage(404, "Not Found")));
    }
}
