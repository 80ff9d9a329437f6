package dev.focus.rooms.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A focus room and its timer. {@code hostUserId} is empty only while nobody is in the room (the next joiner becomes
 * host); {@code inviteCode} is set for private rooms; {@code pendingWork} holds counted work phases whose
 * FocusSessionCompleted events are not yet published (the worker publishes and removes them); {@code emptySince}
 * is when the last participant of an active room left (see {@link EmptyRoomGrace}).
 */
public record Room(String id, String name, TimerSettings settings, int maxParticipants, Visibility visibility,
                   Optional<String> inviteCode, Optional<String> hostUserId, int participantCount, boolean active,
                   Instant createdAt, Instant updatedAt, Timer timer, List<CountedWork> pendingWork,
                   Optional<Instant> emptySince) {

    public Room {
        pendingWork = List.copyOf(pendingWork);
    }

    public RoomListing listing() {
        return new RoomListing(id, name, settings, maxParticipants, visibility, inviteCode, hostUserId, participantCount,
                active, createdAt, updatedAt, emptySince);
    }

    public boolean isHost(String userId) {
        return hostUserId.filter(userId::equals).isPresent();
    }

    public boolean isFull() {
        return participantCount >= maxParticipants;
    }

    public Room withPendingWork(List<CountedWork> work) {
        return new Room(id, name, settings, maxParticipants, visibility, inviteCode, hostUserId, participantCount, active,
                createdAt, updatedAt, timer, work, emptySince);
    }

    public Room withTimer(Timer newTimer) {
        return new Room(id, name, settings, maxParticipants, visibility, inviteCode, hostUserId, participantCount, active,
                createdAt, updatedAt, newTimer, pendingWork, emptySince);
    }
}
