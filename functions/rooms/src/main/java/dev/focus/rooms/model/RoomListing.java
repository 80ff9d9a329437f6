package dev.focus.rooms.model;

import java.time.Instant;
import java.util.Optional;

/** A room as the listing shows it: everything but its timer. */
public record RoomListing(String id, String name, TimerSettings settings, int maxParticipants, Visibility visibility,
                          Optional<String> inviteCode, Optional<String> hostUserId, int participantCount, boolean active,
                          Instant createdAt, Instant updatedAt, Optional<Instant> emptySince) {
}
