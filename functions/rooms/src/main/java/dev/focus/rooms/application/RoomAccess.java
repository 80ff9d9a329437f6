package dev.focus.rooms.application;

import dev.focus.rooms.model.Room;

import java.util.Optional;

/** A private room, its timer and its participants are visible to its participants and to admins only. */
public final class RoomAccess {

    private final RoomStore rooms;
    private final ParticipantStore participants;

    public RoomAccess(RoomStore rooms, ParticipantStore participants) {
        this.rooms = rooms;
        this.participants = participants;
    }

    /** The room, if it exists and the viewer may see it. */
    public Optional<Room> find(String roomId, Viewer viewer) {
        return rooms.find(roomId).filter(room -> canSee(room, viewer));
    }

    public boolean canSee(Room room, Viewer viewer) {
        return switch (room.visibility()) {
            case PUBLIC -> true;
            case PRIVATE -> viewer.admin() || room.isHost(viewer.userId())
                    || participants.findIn(room.id(), viewer.userId()).isPresent();
        };
    }
}
