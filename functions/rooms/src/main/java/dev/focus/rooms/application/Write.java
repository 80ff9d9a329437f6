package dev.focus.rooms.application;

/** How a conditional write ended: stored, or refused because the item changed since it was read. */
public enum Write {
    STORED, CONFLICT
}
