package dev.focus.rooms.view;

import dev.focus.rooms.model.Participant;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Locale;

@Serdeable
public record ParticipantView(String id, String roomId, String userId, String username, boolean isHost, String status,
                              Instant joinedAt) {

    public static ParticipantView of(Participant participant, boolean host) {
        return new ParticipantView(participant.id(), participant.roomId(), participant.userId(), participant.username(),
                host, participant.status().name().toLowerCase(Locale.ROOT), participant.joinedAt());
    }
}
