package dev.focus.rooms.model;

/** Public rooms are listed; private ones are joined with their invite code. */
public enum Visibility {
    PUBLIC, PRIVATE
}
