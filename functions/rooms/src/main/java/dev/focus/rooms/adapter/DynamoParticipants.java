package dev.focus.rooms.adapter;

import dev.focus.rooms.application.ParticipantStore;
import dev.focus.rooms.application.Write;
import dev.focus.rooms.model.Participant;
import dev.focus.rooms.model.Room;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static dev.focus.rooms.adapter.RoomItems.n;
import static dev.focus.rooms.adapter.RoomItems.s;

/** Seats are counted on the room item in the same transaction as the participant is written, so a room never overfills. */
final class DynamoParticipants implements ParticipantStore {

    private final Table table;

    DynamoParticipants(Table table) {
        this.table = table;
    }

    @Override
    public Optional<Participant> find(String participantId) {
        if (!Keys.isId(participantId)) {
            return Optional.empty();
        }
        return table.get(ParticipantItems.lookupKey(participantId))
                .flatMap(lookup -> table.get(ParticipantItems.key(lookup.get("room_id").s(), lookup.get("user_id").s())))
                .map(ParticipantItems::participant);
    }

    @Override
    public Optional<Participant> findIn(String roomId, String userId) {
        if (!Keys.isId(roomId)) {
            return Optional.empty();
        }
        return table.get(ParticipantItems.key(roomId, userId)).map(ParticipantItems::participant);
    }

    @Override
    public List<Participant> inRoom(String roomId) {
        var participants = new ArrayList<Participant>();
        table.queryAll(b -> b.keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)").consistentRead(true)
                        .expressionAttributeValues(Map.of(":pk", s(Keys.room(roomId)), ":prefix", s(Keys.PARTICIPANT_PREFIX))))
                .forEach(item -> participants.add(ParticipantItems.participant(item)));
        participants.sort(Comparator.comparing(Participant::joinedAt).thenComparing(Participant::id));
        return participants;
    }

    @Override
    public List<String> roomsOf(String userId) {
        return table.queryAll(b -> b.indexName(Keys.GSI1).keyConditionExpression("gsi1pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.userRooms(userId)))))
                .stream().map(item -> item.get("room_id").s()).toList();
    }

    @Override
    public JoinWrite join(Room room, Participant participant) {
        var seat = new Expression().add("participant_count", 1).remove(RoomItems.EMPTY_SINCE);
        String condition = seat.name(RoomItems.ACTIVE) + " = " + seat.value(AttributeValue.fromBool(true)) + " AND "
                + seat.name("participant_count") + " < " + seat.name("max_participants");
        var parts = new ArrayList<TransactWriteItem>();
        if (room.hostUserId().isPresent()) {
            // the host read is still there; if they left meanwhile, fail and take the hand-over path below
            seat.when(condition + " AND attribute_exists(" + seat.name(RoomItems.HOST) + ")");
        } else {
            seat.setIfAbsent(RoomItems.HOST, s(participant.userId())).when(condition);
        }
        parts.add(TransactWriteItem.builder().update(seat.transactionPart(table.name(), RoomItems.key(room.id()))).build());
        parts.add(table.putNew(ParticipantItems.item(participant)));
        parts.add(table.putNew(ParticipantItems.lookup(participant)));
        if (room.hostUserId().isEmpty()) {
            var timerHost = new Expression().setIfAbsent(RoomItems.HOST, s(participant.userId()));
            parts.add(TransactWriteItem.builder().update(timerHost.transactionPart(table.name(), RoomItems.timerKey(room.id())))
                    .build());
        }
        Optional<Table.Refusal> refusal = table.transact(parts);
        if (refusal.isEmpty()) {
            return JoinWrite.JOINED;
        }
        return switch (refusal.get().failedCondition().orElse(-1)) {
            case 0 -> JoinWrite.NO_SEAT;
            case 1 -> JoinWrite.ALREADY_IN;
            default -> JoinWrite.CONFLICT;
        };
    }

    @Override
    public Write leave(Room before, Room after, Participant participant) {
        var room = new Expression().set("participant_count", n(after.participantCount()));
        after.hostUserId().ifPresentOrElse(host -> room.set(RoomItems.HOST, s(host)), () -> room.remove(RoomItems.HOST));
        after.emptySince().ifPresentOrElse(since -> room.set(RoomItems.EMPTY_SINCE, s(since.toString())),
                () -> room.remove(RoomItems.EMPTY_SINCE));
        String hostCondition = before.hostUserId()
                .map(host -> room.name(RoomItems.HOST) + " = " + room.value(s(host)))
                .orElse("attribute_not_exists(" + room.name(RoomItems.HOST) + ")");
        room.when(room.name("participant_count") + " = " + room.value(n(before.participantCount())) + " AND " + hostCondition);
        var parts = new ArrayList<>(List.of(
                TransactWriteItem.builder().delete(Delete.builder().tableName(table.name())
                        .key(ParticipantItems.key(participant.roomId(), participant.userId()))
                        .conditionExpression("attribute_exists(pk)").build()).build(),
                TransactWriteItem.builder().delete(Delete.builder().tableName(table.name())
                        .key(ParticipantItems.lookupKey(participant.id())).build()).build(),
                TransactWriteItem.builder().update(room.transactionPart(table.name(), RoomItems.key(before.id()))).build()));
        if (!after.timer().equals(before.timer()) || !after.hostUserId().equals(before.hostUserId())) {
            parts.add(DynamoRooms.timerPart(table, before, after, false));
        }
        after.hostUserId().filter(host -> !before.hostUserId().equals(after.hostUserId())).ifPresent(newHost ->
                // the heir must still be in the room when the role passes to them
                parts.add(TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table.name())
                        .key(ParticipantItems.key(before.id(), newHost))
                        .conditionExpression("attribute_exists(pk)").build()).build()));
        Optional<Table.Refusal> refusal = table.transact(parts);
        return refusal.isEmpty() ? Write.STORED : Write.CONFLICT;
    }

    @Override
    public boolean saveStatus(Participant participant) {
        var update = new Expression().set("status", s(participant.status().name().toLowerCase(Locale.ROOT)));
        update.when("attribute_exists(" + update.name(Keys.PK) + ")");
        return table.update(update.request(table.name(), ParticipantItems.key(participant.roomId(), participant.userId())));
    }
}
