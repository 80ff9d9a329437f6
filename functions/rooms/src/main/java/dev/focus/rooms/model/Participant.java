package dev.focus.rooms.model;

import java.time.Instant;

/** Someone in a room, shown under {@code username}. */
public record Participant(String id, String roomId, String userId, String username, ParticipantStatus status,
                          Instant joinedAt) {

    public Participant withStatus(ParticipantStatus newStatus) {
        return new Participant(id, roomId, userId, username, newStatus, joinedAt);
    }
}
