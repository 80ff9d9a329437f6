package dev.focus.rooms.adapter;

import dev.focus.rooms.application.WakeUp;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** The body of a timer-triggers message. */
@Serdeable
record WakeUpMessage(String roomId, long version, String writeId, Instant fireAt) {

    static WakeUpMessage of(WakeUp wakeUp) {
        return new WakeUpMessage(wakeUp.roomId(), wakeUp.version(), wakeUp.writeId(), wakeUp.fireAt());
    }

    WakeUp wakeUp() {
        return new WakeUp(roomId, version, writeId == null ? "" : writeId, fireAt);
    }
}
