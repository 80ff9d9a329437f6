package dev.focus.rooms.view;

import dev.focus.rooms.model.Room;
import dev.focus.rooms.model.Timer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** The timer as of {@code server_time}; {@code remaining_seconds} is rounded up, so a fresh phase shows its full length. */
@Serdeable
@Schema(name = "Timer")
public record TimerView(String roomId, @Schema(allowableValues = {"IDLE", "RUNNING", "PAUSED", "COMPLETED"}) String status,
                        @Schema(allowableValues = {"WORK", "BREAK", "LONG_BREAK"}) String phase, int cycle, long phaseDurationSeconds,
                        long remainingSeconds, @Nullable Instant phaseStartedAt, @Nullable Instant phaseEndsAt, Instant serverTime,
                        long version) {

    public static TimerView of(Room room, Instant now) {
        Timer timer = room.timer();
        long remainingMillis = timer.remainingAt(now).toMillis();
        return new TimerView(room.id(), timer.status().name(), timer.phase().name(), timer.cycle(),
                timer.phaseDuration().toSeconds(), (remainingMillis + 999) / 1000, timer.phaseStartedAt(),
                timer.phaseEndsAt(), now, timer.version());
    }
}
