package dev.focus.kernel.id;

import com.github.f4b6a3.ulid.UlidFactory;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Monotonic ULIDs: the time part from the injected clock, so ids sort the way events happened; the random part from
 * a secure source, so two function instances do not make the same id in one millisecond and nobody can guess
 * another instance's ids. Within one instance and one millisecond the next id is the previous one plus one (that
 * is what keeps them sorted): ids are unique and sortable, not secrets; anything that must not be guessed (invite
 * codes, tokens) is made from its own random bytes.
 */
@Singleton
@Secondary
public final class UlidGenerator implements IdGenerator {

    private final UlidFactory factory;

    public UlidGenerator(Clock clock) {
        // the first argument is the random source, the second the time: both must be given, in this order
        this.factory = UlidFactory.newMonotonicInstance(new SecureRandom(), clock::millis);
    }

    @Override
    public String newId() {
        return factory.create().toString();
    }
}
