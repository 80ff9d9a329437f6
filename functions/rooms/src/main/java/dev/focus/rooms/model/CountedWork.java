package dev.focus.rooms.model;

import java.time.Duration;
import java.time.Instant;

/** A work phase that ended counted: by reaching its end, or by the host's {@code complete}. */
public record CountedWork(int cycle, Instant startedAt, Instant endedAt, Duration focused) {
}
