package dev.focus.rooms.view;

import dev.focus.rooms.model.Room;
import dev.focus.rooms.model.RoomListing;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Locale;

/** A room as clients see it. The invite code of a private room is shown to its participants only. */
@Serdeable
public record RoomView(String id, String name, int workDuration, int breakDuration, int longBreakDuration,
                       int longBreakEvery, boolean autoStartBreak, boolean autoStartWork, int maxParticipants,
                       String visibility, String inviteCode, String hostUserId, int participantCount, boolean isActive,
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
