package dev.focus.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.function.aws.proxy.security.MicronautLambdaAuthenticationFetcher;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * micronaut-function-aws-api-proxy authenticates anyone who sends an {@code x-amzn-oidc-identity} header (an ALB
 * feature); behind an HTTP API any client can send it. Focus authenticates bearer JWTs only, so this replaces
 * that fetcher with one that never authenticates.
 */
@Singleton
@Replaces(MicronautLambdaAuthenticationFetcher.class)
final class GatewayHeadersIgnored implements AuthenticationFetcher<HttpRequest<?>> {

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        return Publishers.empty();
    }
}
