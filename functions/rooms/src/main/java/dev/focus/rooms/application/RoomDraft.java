package dev.focus.rooms.application;

import dev.focus.rooms.model.TimerSettings;
import dev.focus.rooms.model.Visibility;

/** A room as its creator asked for it, defaults applied and values validated at the edge. */
public record RoomDraft(String name, TimerSettings settings, int maxParticipants, Visibility visibility) {
}
