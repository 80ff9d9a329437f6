package dev.focus.rooms.application;

import dev.focus.rooms.model.RoomEvent;

/** Tells everyone watching a room what changed. */
public interface RoomEvents {

    void publish(RoomEvent event);
}
