package dev.focus.rooms.view;

import dev.focus.rooms.model.Room;
import dev.focus.rooms.model.RoomListing;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.Locale;

/** A room as clients see it. The invite code of a private room is shown to its participants only. */
@Serdeable
@Schema(name = "Room")
public record RoomView(String id, String name, int workDuration, int breakDuration, int longBreakDuration,
                       int longBreakEvery, boolean autoStartBreak, boolean autoStartWork, int maxParticipants,
                       @Schema(allowableValues = {"public", "private"}) String visibility,
                       @Nullable @Schema(description = "shown to the participants of a private room only") String inviteCode,
                       @Nullable @Schema(description = "null while the room has nobody in it") String hostUserId, int participantCount, boolean isActive,
                       Instant createdAt, Instant updatedAt) {

    public static RoomView of(Room room, boolean showInviteCode) {
        return of(room.listing(), showInviteCode);
    }

    public static RoomView of(RoomListing room, boolean showInviteCode) {
        var s = room.settings();
        return new RoomView(room.id(), room.name(), s.workMinutes(), s.breakMinutes(), s.longBreakMinutes(),
                s.longBreakEvery(), s.autoStartBreak(), s.autoStartWork(), room.maxParticipants(),
                room.visibility().name().toLowerCase(Locale.ROOT), showInviteCode ? room.inviteCode().orElse(null) : null,
                room.hostUserId().orElse(null), room.participantCount(), room.active(), room.createdAt(), room.updatedAt());
    }
}
