package dev.focus.rooms.model;

public enum TimerStatus {
    IDLE, RUNNING, PAUSED, COMPLETED
}
