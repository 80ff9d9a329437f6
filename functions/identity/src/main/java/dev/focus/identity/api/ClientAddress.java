package dev.focus.identity.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.http.HttpRequest;
import io.micronaut.servlet.http.ServletHttpRequest;

import java.util.Optional;

/**
 * The caller's address as API Gateway saw it ({@code requestContext.http.sourceIp}). Never from
 * {@code X-Forwarded-For}: clients can write that header, and the throttle must not be dodged by it.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static Optional<String> of(HttpRequest<?> request) {
        if (request instanceof ServletHttpRequest<?, ?> servlet
                && servlet.getNativeRequest() instanceof APIGatewayV2HTTPEvent event
                && event.getRequestContext() != null && event.getRequestContext().getHttp() != null) {
            return Optional.ofNullable(event.getRequestContext().getHttp().getSourceIp()).filter(ip -> !ip.isBlank());
        }
        return Optional.empty();
    }
}
