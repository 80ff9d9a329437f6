package dev.focus.rooms.application;

import dev.focus.rooms.model.Room;

/** A private room, its timer and its participants are visible to its participants and to admins only. */
public final class RoomAccess {

    private final ParticipantStore participants;

    public RoomAccess(ParticipantStore participants) {
        this.participants = participants;
    }

    public boolean canSee(Room room, Viewer viewer) {
        return switch (room.visibility()) {
            case PUBLIC -> true;
            case PRIVATE -> viewer.admin() || room.isHost(viewer.userId())
                    || participants.findIn(room.id(), viewer.userId()).isPresent();
        };
    }
}
