package dev.focus.kernel.config;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneOffset;

@Factory
final class KernelFactory {

    /**
     * The one source of "now"; tests replace it with a fixed or stepping clock. Millisecond precision: what
     * clients see in an answer is then exactly what storage (PostgreSQL keeps microseconds) gives back later.
     */
    @Singleton
    @Secondary
    Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }
}
