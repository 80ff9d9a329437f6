package dev.focus.realtime.adapter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One client message (docs/websocket.md): its {@code action} and every field an action takes. One shape for all
 * actions, so a field has one JSON type whatever the action; the kernel's strict reader holds a message to it
 * before it is bound.
 */
@Serdeable
record ClientMessage(@Nullable String action, @Nullable String roomId, @Nullable String status) {
}
