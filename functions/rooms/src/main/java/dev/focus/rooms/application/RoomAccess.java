package dev.focus.rooms.application;

import dev.focus.rooms.model.Room;

import java.util.Optional;

/**
 * A private room, its timer and its participants are visible to its participants and to admins only. A room is
 * found as it is now: one left empty past its grace is closed on the way.
 */
public final class RoomAccess {

    private final RoomStore rooms;
    private final ParticipantStore participants;
    private final EmptyRooms emptyRooms;

    public RoomAccess(RoomStore rooms, ParticipantStore participants, EmptyRooms emptyRooms) {
        this.rooms = rooms;
        this.participants = participants;
        this.emptyRooms = emptyRooms;
    }

    /** The room, if it exists and the viewer may see it. */
    public Optional<Room> find(String roomId, Viewer viewer) {
        return rooms.find(roomId).map(emptyRooms::current).filter(room -> canSee(room, viewer));
    }

    public boolean canSee(Room room, Viewer viewer) {
        return switch (room.visibility()) {
            case PUBLIC -> true;
            case PRIVATE -> viewer.admin() || room.isHost(viewer.userId())
                    || participants.findIn(room.id(), viewer.userId()).isPresent();
        };
    }
}
