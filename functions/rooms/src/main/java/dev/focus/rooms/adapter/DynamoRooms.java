package dev.focus.rooms.adapter;

import dev.focus.kernel.page.Cursor;
import dev.focus.kernel.page.Page;
import dev.focus.kernel.page.PageRequest;
import dev.focus.rooms.application.RoomStore;
import dev.focus.rooms.application.Write;
import dev.focus.rooms.model.CountedWork;
import dev.focus.rooms.model.Participant;
import dev.focus.rooms.model.Room;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.focus.rooms.adapter.RoomItems.n;
import static dev.focus.rooms.adapter.RoomItems.s;

/** Rooms and their timers in the one table: item {@code ROOM#<id>/ROOM}, name guard {@code ROOMNAME#<name>/ROOMNAME}. */
final class DynamoRooms implements RoomStore {

    /** A filtered listing reads at most this many pages per request before it answers with what it found. */
    private static final int MAX_PAGES_PER_LISTING = 10;

    private final Table table;

    DynamoRooms(Table table) {
        this.table = table;
    }

    @Override
    public Optional<Room> find(String roomId) {
        if (!Keys.isId(roomId)) {
            return Optional.empty();
        }
        return table.get(RoomItems.key(roomId)).map(RoomItems::room);
    }

    @Override
    public boolean create(Room room, Participant host) {
        var parts = List.of(
                table.putNew(nameGuard(room)),
                table.putNew(RoomItems.item(room)),
                table.putNew(ParticipantItems.item(host)),
                table.putNew(ParticipantItems.lookup(host)));
        return table.transact(parts).isEmpty();
    }

    @Override
    public Page<Room> publicRooms(PageRequest page, Optional<String> nameContains) {
        var rooms = new ArrayList<Room>();
        Map<String, AttributeValue> start = page.after().map(position -> listingKey(Keys.checkedCursorId(position.get("id"))))
                .orElse(null);
        int pages = 0;
        do {
            Map<String, AttributeValue> exclusiveStart = start;
            int wanted = page.limit() + 1 - rooms.size();
            QueryResponse response = table.query(b -> {
                var values = new HashMap<String, AttributeValue>();
                values.put(":pk", s(Keys.PUBLIC_ROOMS));
                b.indexName(Keys.GSI1).keyConditionExpression("gsi1pk = :pk").scanIndexForward(false)
                        .limit(nameContains.isPresent() ? Math.max(wanted, 50) : wanted);
                nameContains.ifPresent(q -> {
                    values.put(":q", s(q));
                    b.filterExpression("contains(name_key, :q)");
                });
                b.expressionAttributeValues(values);
                if (exclusiveStart != null) {
                    b.exclusiveStartKey(exclusiveStart);
                }
            });
            for (Map<String, AttributeValue> item : response.items()) {
                if (rooms.size() <= page.limit()) {
                    rooms.add(RoomItems.room(item));
                }
            }
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
            pages++;
        } while (rooms.size() <= page.limit() && start != null && pages < MAX_PAGES_PER_LISTING);
        if (rooms.size() > page.limit()) {
            List<Room> shown = rooms.subList(0, page.limit());
            return new Page<>(shown, Cursor.encode(Map.of("id", shown.get(shown.size() - 1).id())));
        }
        String next = start == null ? null : Cursor.encode(Map.of("id", start.get(Keys.GSI1SK).s()));
        return new Page<>(rooms, next);
    }

    @Override
    public Write saveTimer(Room before, Room after, List<CountedWork> counted, Optional<String> host) {
        var update = timerUpdate(after);
        counted.forEach(work -> update.setEntry(RoomItems.PENDING_WORK, RoomItems.workKey(work), RoomItems.work(work)));
        String condition = update.name(RoomItems.TIMER_VERSION) + " = " + update.value(n(before.timer().version()))
                + " AND " + update.name("active") + " = " + update.value(AttributeValue.fromBool(true));
        if (host.isPresent()) {
            condition += " AND " + update.name("host_user_id") + " = " + update.value(s(host.get()));
        }
        update.when(condition);
        return table.update(update.request(table.name(), RoomItems.key(before.id()))) ? Write.STORED : Write.CONFLICT;
    }

    @Override
    public Optional<Write> saveSettings(Room before, Room after) {
        var update = timerUpdate(after).setAll(RoomItems.settings(after));
        RoomItems.OPTIONAL_SETTINGS.stream().filter(a -> !RoomItems.settings(after).containsKey(a)).forEach(update::remove);
        // a join or a host hand-over since the read does not touch the timer version, so check them too
        update.when(versionAndActive(update, before)
                + " AND " + update.name("participant_count") + " <= " + update.value(n(after.maxParticipants()))
                + " AND " + update.name("host_user_id") + " = " + update.value(s(before.hostUserId().orElse(""))));
        if (Keys.nameKey(before.name()).equals(Keys.nameKey(after.name()))) {
            return Optional.of(table.update(update.request(table.name(), RoomItems.key(before.id())))
                    ? Write.STORED : Write.CONFLICT);
        }
        Optional<Table.Refusal> refusal = table.transact(List.of(
                TransactWriteItem.builder().update(update.transactionPart(table.name(), RoomItems.key(before.id()))).build(),
                freeName(before),
                table.putNew(nameGuard(after))));
        if (refusal.isEmpty()) {
            return Optional.of(Write.STORED);
        }
        return refusal.get().failedCondition().filter(part -> part == 2).isPresent()
                ? Optional.empty() : Optional.of(Write.CONFLICT);
    }

    @Override
    public Write close(Room before, Room after) {
        var update = timerUpdate(after)
                .set("active", AttributeValue.fromBool(false))
                .set("updated_at", s(after.updatedAt().toString()))
                .remove(Keys.GSI1PK).remove(Keys.GSI1SK);
        update.when(versionAndActive(update, before));
        Optional<Table.Refusal> refusal = table.transact(List.of(
                TransactWriteItem.builder().update(update.transactionPart(table.name(), RoomItems.key(before.id()))).build(),
                freeName(before)));
        return refusal.isEmpty() ? Write.STORED : Write.CONFLICT;
    }

    @Override
    public void announced(String roomId, CountedWork work) {
        var update = new Expression().removeEntry(RoomItems.PENDING_WORK, RoomItems.workKey(work));
        update.when("attribute_exists(" + update.name(Keys.PK) + ")");
        table.update(update.request(table.name(), RoomItems.key(roomId)));
    }

    static Expression timerUpdate(Room after) {
        var update = new Expression().setAll(RoomItems.timer(after.timer()));
        RoomItems.OPTIONAL_TIMER.stream().filter(a -> !RoomItems.timer(after.timer()).containsKey(a)).forEach(update::remove);
        return update;
    }

    static String versionAndActive(Expression update, Room before) {
        return update.name(RoomItems.TIMER_VERSION) + " = " + update.value(n(before.timer().version()))
                + " AND " + update.name("active") + " = " + update.value(AttributeValue.fromBool(true));
    }

    private Map<String, AttributeValue> listingKey(String roomId) {
        var key = new HashMap<>(RoomItems.key(roomId));
        key.put(Keys.GSI1PK, s(Keys.PUBLIC_ROOMS));
        key.put(Keys.GSI1SK, s(roomId));
        return key;
    }

    private static Map<String, AttributeValue> nameGuard(Room room) {
        return Map.of(Keys.PK, s(Keys.roomName(room.name())), Keys.SK, s(Keys.NAME_SK), "room_id", s(room.id()),
                "entity", s("ROOMNAME"));
    }

    private TransactWriteItem freeName(Room room) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table.name())
                .key(Map.of(Keys.PK, s(Keys.roomName(room.name())), Keys.SK, s(Keys.NAME_SK)))
                .conditionExpression("room_id = :id")
                .expressionAttributeValues(Map.of(":id", s(room.id())))
                .build()).build();
    }
}
