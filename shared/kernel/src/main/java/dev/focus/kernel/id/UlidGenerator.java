package dev.focus.kernel.id;

import com.github.f4b6a3.ulid.UlidFactory;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Monotonic ULIDs whose time part comes from the injected clock, so ids sort the way events happened. */
@Singleton
@Secondary
final class UlidGenerator implements IdGenerator {

    private final UlidFactory factory;

    UlidGenerator(Clock clock) {
        this.factory = UlidFactory.newMonotonicInstance(clock::millis);
    }

    @Override
    public String newId() {
        return factory.create().toString();
    }
}
