package dev.focus.kernel.id;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("ULIDs")
class UlidGeneratorTest {

    private static final Clock FROZEN = Clock.fixed(Instant.parse("2026-12-04T10:00:00.123Z"), ZoneOffset.UTC);

    @Test
    @DisplayName("two function instances making ids in the same millisecond make no duplicate")
    void noDuplicateAcrossInstances() {
        IdGenerator first = new UlidGenerator(FROZEN);
        IdGenerator second = new UlidGenerator(FROZEN);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            ids.add(first.newId());
            ids.add(second.newId());
        }
        assertThat(ids).hasSize(2_000);
    }

    @Test
    @DisplayName("the time part is the injected clock's and the random part is not derived from it")
    void timeFromClockRandomFromElsewhere() {
        String id = new UlidGenerator(FROZEN).newId();
        String other = new UlidGenerator(FROZEN).newId();
        assertThat(com.github.f4b6a3.ulid.Ulid.from(id).getInstant()).isEqualTo(FROZEN.instant());
        assertThat(id.substring(0, 10)).isEqualTo(other.substring(0, 10));
        assertThat(id.substring(10)).isNotEqualTo(other.substring(10));
    }

    @Test
    @DisplayName("ids made one after another by one instance sort in the order they were made")
    void monotonic() {
        IdGenerator ids = new UlidGenerator(FROZEN);
        String previous = ids.newId();
        for (int i = 0; i < 100; i++) {
            String next = ids.newId();
            assertThat(next).isGreaterThan(previous);
            previous = next;
        }
    }
}
