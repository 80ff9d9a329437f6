package dev.focus.rooms.application;

import dev.focus.rooms.model.Participant;

/** A participant and whether they are the room's host. */
public record Member(Participant participant, boolean host) {
}
