package dev.focus.rooms.adapter;

import java.util.Locale;

/** Every key of the rooms context in the one table (docs/data-model.md lists them with their access patterns). */
final class Keys {

    static final String PK = "pk";
    static final String SK = "sk";
    static final String GSI1 = "gsi1";
    static final String GSI1PK = "gsi1pk";
    static final String GSI1SK = "gsi1sk";

    static final String ROOM_SK = "ROOM";
    static final String NAME_SK = "ROOMNAME";
    static final String PARTICIPANT_PREFIX = "PARTICIPANT#";
    static final String LOOKUP_SK = "PARTICIPANT";
    static final String PUBLIC_ROOMS = "ROOMS#PUBLIC";

    private Keys() {
    }

    static String room(String roomId) {
        return "ROOM#" + roomId;
    }

    /** Case-insensitive: "Deep Work" and "deep work" are one name. */
    static String roomName(String name) {
        return "ROOMNAME#" + nameKey(name);
    }

    static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    static String participantInRoom(String userId) {
        return PARTICIPANT_PREFIX + userId;
    }

    static String participantLookup(String participantId) {
        return "PARTICIPANT#" + participantId;
    }

    static String userRooms(String userId) {
        return "USER#" + userId;
    }
}
