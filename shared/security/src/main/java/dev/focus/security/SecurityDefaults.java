package dev.focus.security;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.env.PropertySource;

import java.util.Map;

/**
 * Defaults every function gets before its own configuration (which may override them). The deployment jars hold
 * no Micronaut HTTP client implementation, yet micronaut-security-jwt's HTTP-client JWKS fetcher is eagerly
 * created on Lambda (eager singletons) and fails the cold start; switching it off leaves nimbus's own URL
 * retriever in its place. Registered as a service so no function has to remember it.
 */
public final class SecurityDefaults implements ApplicationContextConfigurer {

    static final Map<String, Object> PROPERTIES = Map.of(
            "micronaut.security.token.jwt.signatures.jwks-client.http-client.enabled", false);

    @Override
    public void configure(ApplicationContextBuilder builder) {
        builder.propertySources(PropertySource.of("focus-security-defaults", PROPERTIES, -100));
    }
}
