package dev.focus.rooms.model;

public enum Phase {
    WORK, BREAK, LONG_BREAK;

    public boolean isBreak() {
        return this != WORK;
    }
}
