package dev.focus.rooms.application;

import dev.focus.rooms.model.Room;

import java.util.List;
import java.util.Optional;

/** A room as someone watching it needs it at once: the room, its timer as of now, and everyone in it. */
public final class RoomSnapshots {

    /** The room (its timer rolled forward to now) and its members, earliest joiner first. */
    public record Snapshot(Room room, List<Member> members) {
        public Snapshot {
            members = List.copyOf(members);
        }
    }

    private final TimerControl timers;
    private final ParticipantStore participants;

    public RoomSnapshots(TimerControl timers, ParticipantStore participants) {
        this.timers = timers;
        this.participants = participants;
    }

    /** Empty when the room does not exist or the viewer may not see it (a private room they are not in). */
    public Optional<Snapshot> of(String roomId, Viewer viewer) {
        return timers.state(roomId, viewer).map(room -> new Snapshot(room, participants.inRoom(roomId).stream()
                .map(p -> new Member(p, room.isHost(p.userId()))).toList()));
    }

    /** Whether the viewer may watch the room, without reading its participants or touching its timer. */
    public boolean canWatch(String roomId, Viewer viewer) {
        return timers.visible(roomId, viewer);
    }
}
