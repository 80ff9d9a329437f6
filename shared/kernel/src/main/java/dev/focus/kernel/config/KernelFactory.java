package dev.focus.kernel.config;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

import java.time.Clock;

@Factory
final class KernelFactory {

    /** The one source of "now"; tests replace it with a fixed or stepping clock. */
    @Singleton
    @Secondary
    Clock clock() {
        return Clock.systemUTC();
    }
}
