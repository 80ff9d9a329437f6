package dev.focus.rooms.model;

public enum ParticipantStatus {
    ACTIVE, IDLE, FOCUSING
}
