package dev.focus.rooms.adapter;

import dev.focus.rooms.model.Participant;
import dev.focus.rooms.model.ParticipantStatus;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static dev.focus.rooms.adapter.RoomItems.s;
import static dev.focus.rooms.adapter.RoomItems.text;

/**
 * A participant lives in its room's partition ({@code ROOM#<room>/PARTICIPANT#<user>}, listed with the room and
 * unique per user); a small lookup item {@code PARTICIPANT#<id>/PARTICIPANT} finds it from the participant id.
 */
final class ParticipantItems {

    private ParticipantItems() {
    }

    static Map<String, AttributeValue> key(String roomId, String userId) {
        return Map.of(Keys.PK, s(Keys.room(roomId)), Keys.SK, s(Keys.participantInRoom(userId)));
    }

    static Map<String, AttributeValue> lookupKey(String participantId) {
        return Map.of(Keys.PK, s(Keys.participantLookup(participantId)), Keys.SK, s(Keys.LOOKUP_SK));
    }

    static Map<String, AttributeValue> item(Participant participant) {
        var item = new HashMap<String, AttributeValue>(key(participant.roomId(), participant.userId()));
        item.put("entity", s("PARTICIPANT"));
        item.put("participant_id", s(participant.id()));
        item.put("room_id", s(participant.roomId()));
        item.put("user_id", s(participant.userId()));
        item.put("username", s(participant.username()));
        item.put("status", s(participant.status().name().toLowerCase(Locale.ROOT)));
        item.put("joined_at", s(participant.joinedAt().toString()));
        item.put(Keys.GSI1PK, s(Keys.userRooms(participant.userId())));
        item.put(Keys.GSI1SK, s(Keys.room(participant.roomId())));
        return item;
    }

    static Map<String, AttributeValue> lookup(Participant participant) {
        var item = new HashMap<String, AttributeValue>(lookupKey(participant.id()));
        item.put("entity", s("PARTICIPANT_ID"));
        item.put("room_id", s(participant.roomId()));
        item.put("user_id", s(participant.userId()));
        return item;
    }

    static Participant participant(Map<String, AttributeValue> item) {
        return new Participant(text(item, "participant_id"), text(item, "room_id"), text(item, "user_id"),
                text(item, "username"), ParticipantStatus.valueOf(text(item, "status").toUpperCase(Locale.ROOT)),
                Instant.parse(text(item, "joined_at")));
    }
}
