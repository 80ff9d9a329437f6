package dev.focus.rooms.adapter;

import dev.focus.rooms.application.EmptyRoomWakeUp;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * The body of a timer-triggers message that closes a room left empty: {@code kind} tells it from a phase end's
 * {@link WakeUpMessage}, which has none.
 */
@Serdeable
record EmptyRoomWakeUpMessage(String kind, String roomId, Instant emptySince, Instant fireAt) {

    static final String KIND = "empty_room";

    static EmptyRoomWakeUpMessage of(EmptyRoomWakeUp wakeUp) {
        return new EmptyRoomWakeUpMessage(KIND, wakeUp.roomId(), wakeUp.emptySince(), wakeUp.fireAt());
    }

    /** Only the kind of a timer-triggers message, to choose what to read it as. */
    @Serdeable
    record Kind(@Nullable String kind) {

        boolean isEmptyRoom() {
            return KIND.equals(kind);
        }
    }

    EmptyRoomWakeUp wakeUp() {
        return new EmptyRoomWakeUp(roomId, emptySince, fireAt);
    }
}
