package dev.focus.kernel.config;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.env.PropertySource;

import java.util.Map;

/**
 * The API's JSON conventions, applied to every function's context before its own configuration loads:
 * snake_case property names, ISO-8601 strings for instants, and every field present (null
 * when absent, [] when empty) so clients see one stable shape.
 * Registered as a service so a function needs no configuration of its own for it.
 */
public final class HouseJsonConventions implements ApplicationContextConfigurer {

    static final Map<String, Object> PROPERTIES = Map.of(
            "micronaut.serde.property-naming-strategy", "SNAKE_CASE",
            "micronaut.serde.time-write-shape", "STRING",
            "micronaut.serde.serialization.inclusion", "ALWAYS");

    @Override
    public void configure(ApplicationContextBuilder builder) {
        builder.propertySources(PropertySource.of("focus-house-json", PROPERTIES, -100));
    }
}
