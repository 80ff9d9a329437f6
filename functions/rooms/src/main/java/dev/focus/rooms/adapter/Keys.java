package dev.focus.rooms.adapter;

import dev.focus.kernel.api.Problems;

import java.util.Locale;

/** Every key of the rooms context in the one table (docs/data-model.md lists them with their access patterns). */
final class Keys {

    static final String PK = "pk";
    static final String SK = "sk";
    static final String GSI1 = "gsi1";
    static final String GSI1PK = "gsi1pk";
    static final String GSI1SK = "gsi1sk";

    static final String ROOM_SK = "ROOM";
    /** Sorts after ROOM and after every PARTICIPANT#: {@code sk >= ROOM} reads a room's two items in one Query. */
    static final String TIMER_SK = "TIMER";
    static final String NAME_SK = "ROOMNAME";
    static final String PARTICIPANT_PREFIX = "PARTICIPANT#";
    static final String LOOKUP_SK = "PARTICIPANT";
    static final String PUBLIC_ROOMS = "ROOMS#PUBLIC";

    private Keys() {
    }

    /** Ids are ULIDs; anything else (too long for a key, odd characters) cannot name an item. */
    static boolean isId(String id) {
        return id != null && !id.isEmpty() && id.length() <= 64 && id.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
    }

    static String checkedCursorId(String id) {
        if (!isId(id)) {
            throw Problems.badRequest("INVALID_CURSOR", "The cursor is not one this API issued.");
        }
        return id;
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
