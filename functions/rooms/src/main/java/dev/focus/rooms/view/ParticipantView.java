package dev.focus.rooms.view;

import dev.focus.rooms.model.Participant;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.Locale;

@Serdeable
@Schema(name = "Participant")
public record ParticipantView(String id, String roomId, String userId, String username, boolean isHost,
                              @Schema(allowableValues = {"active", "idle", "focusing"}) String status,
                              Instant joinedAt) {

    public static ParticipantView of(Participant participant, boolean host) {
        return new ParticipantView(participant.id(), participant.roomId(), participant.userId(), participant.username(),
                host, participant.status().name().toLowerCase(Locale.ROOT), participant.joinedAt());
    }
}
