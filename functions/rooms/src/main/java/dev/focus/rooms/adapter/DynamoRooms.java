package dev.focus.rooms.adapter;

import dev.focus.kernel.page.Cursor;
import dev.focus.kernel.page.Page;
import dev.focus.kernel.page.PageRequest;
import dev.focus.rooms.application.RoomStore;
import dev.focus.rooms.application.Write;
import dev.focus.rooms.model.CountedWork;
import dev.focus.rooms.model.Participant;
import dev.focus.rooms.model.Room;
import dev.focus.rooms.model.RoomListing;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
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

/**
 * Rooms and their timers: items {@code ROOM#<id>/ROOM} and {@code ROOM#<id>/TIMER}, read together by one Query;
 * the name guard {@code ROOMNAME#<name>/ROOMNAME}.
 */
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
        QueryResponse response = table.query(b -> b.keyConditionExpression("pk = :pk AND sk >= :room").consistentRead(true)
                .expressionAttributeValues(Map.of(":pk", s(Keys.room(roomId)), ":room", s(Keys.ROOM_SK))));
        Map<String, AttributeValue> room = null;
        Map<String, AttributeValue> timer = null;
        for (Map<String, AttributeValue> item : response.items()) {
            switch (item.get(Keys.SK).s()) {
                case Keys.ROOM_SK -> room = item;
                case Keys.TIMER_SK -> timer = item;
                default -> {
                }
            }
        }
        return room == null || timer == null ? Optional.empty() : Optional.of(RoomItems.room(room, timer));
    }

    @Override
    public boolean create(Room room, Participant host) {
        var parts = List.of(
                table.putNew(nameGuard(room)),
                table.putNew(RoomItems.roomItem(room)),
                table.putNew(RoomItems.timerItem(room)),
                table.putNew(ParticipantItems.item(host)),
                table.putNew(ParticipantItems.lookup(host)));
        return table.transact(parts).isEmpty();
    }

    @Override
    public Optional<String> nameHolder(String name) {
        return table.get(nameKey(name)).map(guard -> guard.get("room_id").s());
    }

    @Override
    public Page<RoomListing> publicRooms(PageRequest page, Optional<String> nameContains) {
        var rooms = new ArrayList<RoomListing>();
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
                    rooms.add(RoomItems.listing(item));
                }
            }
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
            pages++;
        } while (rooms.size() <= page.limit() && start != null && pages < MAX_PAGES_PER_LISTING);
        if (rooms.size() > page.limit()) {
            List<RoomListing> shown = rooms.subList(0, page.limit());
            return new Page<>(shown, Cursor.encode(Map.of("id", shown.get(shown.size() - 1).id())));
        }
        String next = start == null ? null : Cursor.encode(Map.of("id", start.get(Keys.GSI1SK).s()));
        return new Page<>(rooms, next);
    }

    @Override
    public Write saveTimer(Room before, Room after, List<CountedWork> counted, Optional<String> host) {
        var update = timerUpdate(before, after);
        counted.forEach(work -> update.setEntry(RoomItems.PENDING_WORK, RoomItems.workKey(work), RoomItems.work(work)));
        String condition = timerAsRead(update, before);
        if (host.isPresent()) {
            condition += " AND " + update.name(RoomItems.HOST) + " = " + update.value(s(host.get()));
        }
        update.when(condition);
        return table.update(update.request(table.name(), RoomItems.timerKey(before.id()))) ? Write.STORED : Write.CONFLICT;
    }

    @Override
    public Optional<Write> saveSettings(Room before, Room after) {
        Map<String, AttributeValue> settings = RoomItems.settings(after);
        var room = new Expression().setAll(settings);
        RoomItems.OPTIONAL_SETTINGS.stream().filter(a -> !settings.containsKey(a)).forEach(room::remove);
        // a join or a host hand-over since the read does not touch the timer version, so check them too
        // updated_at changes only with settings and close: two hosts' tabs cannot overwrite each other's edits
        room.when(room.name(RoomItems.ACTIVE) + " = " + room.value(AttributeValue.fromBool(true))
                + " AND " + room.name("updated_at") + " = " + room.value(s(before.updatedAt().toString()))
                + " AND " + room.name("participant_count") + " <= " + room.value(n(after.maxParticipants()))
                + " AND " + room.name(RoomItems.HOST) + " = " + room.value(s(before.hostUserId().orElse(""))));
        var parts = new ArrayList<TransactWriteItem>();
        parts.add(TransactWriteItem.builder().update(room.transactionPart(table.name(), RoomItems.key(before.id()))).build());
        if (!after.timer().equals(before.timer())) {
            parts.add(timerPart(table, before, after, true));
        } else if (!after.settings().equals(before.settings())) {
            // new lengths were judged against the timer as read (running, so untouched): it must still be so
            parts.add(TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table.name())
                    .key(RoomItems.timerKey(before.id()))
                    .conditionExpression("#v = :v")
                    .expressionAttributeNames(Map.of("#v", RoomItems.TIMER_VERSION))
                    .expressionAttributeValues(Map.of(":v", n(before.timer().version())))
                    .build()).build());
        }
        boolean renamed = !Keys.nameKey(before.name()).equals(Keys.nameKey(after.name()));
        if (renamed) {
            parts.add(freeName(before));
            parts.add(table.putNew(nameGuard(after)));
        }
        if (parts.size() == 1) {
            return Optional.of(table.update(room.request(table.name(), RoomItems.key(before.id()))) ? Write.STORED : Write.CONFLICT);
        }
        Optional<Table.Refusal> refusal = table.transact(parts);
        if (refusal.isEmpty()) {
            return Optional.of(Write.STORED);
        }
        boolean nameTaken = renamed && refusal.get().failedCondition().filter(part -> part == parts.size() - 1).isPresent();
        return nameTaken ? Optional.empty() : Optional.of(Write.CONFLICT);
    }

    @Override
    public Write close(Room before, Room after) {
        return close(before, after, false);
    }

    @Override
    public Write closeEmpty(Room before, Room after) {
        return close(before, after, true);
    }

    private Write close(Room before, Room after, boolean onlyWhileEmpty) {
        var room = new Expression()
                .set(RoomItems.ACTIVE, AttributeValue.fromBool(false))
                .set("updated_at", s(after.updatedAt().toString()))
                .remove(Keys.GSI1PK).remove(Keys.GSI1SK);
        String condition = room.name(RoomItems.ACTIVE) + " = " + room.value(AttributeValue.fromBool(true));
        if (onlyWhileEmpty) {
            // a join since the read has taken a seat and removed empty_since; a later emptying has moved it
            condition += " AND " + room.name("participant_count") + " = " + room.value(n(0))
                    + " AND " + room.name(RoomItems.EMPTY_SINCE) + " = "
                    + room.value(s(before.emptySince().orElseThrow().toString()));
        }
        room.when(condition);
        Optional<Table.Refusal> refusal = table.transact(List.of(
                TransactWriteItem.builder().update(room.transactionPart(table.name(), RoomItems.key(before.id()))).build(),
                timerPart(table, before, after, true),
                freeName(before)));
        return refusal.isEmpty() ? Write.STORED : Write.CONFLICT;
    }

    @Override
    public void announced(String roomId, CountedWork work) {
        var update = new Expression().removeEntry(RoomItems.PENDING_WORK, RoomItems.workKey(work));
        update.when("attribute_exists(" + update.name(Keys.PK) + ")");
        table.update(update.request(table.name(), RoomItems.timerKey(roomId)));
    }

    /**
     * The timer item as {@code after} has it, conditioned on the timer version {@code before} read and, when
     * {@code whileActive}, on the room being open (people may still leave a closed room).
     */
    static TransactWriteItem timerPart(Table table, Room before, Room after, boolean whileActive) {
        var update = timerUpdate(before, after);
        update.when(whileActive ? timerAsRead(update, before)
                : update.name(RoomItems.TIMER_VERSION) + " = " + update.value(n(before.timer().version())));
        return TransactWriteItem.builder().update(update.transactionPart(table.name(), RoomItems.timerKey(before.id())))
                .build();
    }

    private static Expression timerUpdate(Room before, Room after) {
        Map<String, AttributeValue> timer = RoomItems.timer(after.timer());
        var update = new Expression().setAll(timer);
        RoomItems.OPTIONAL_TIMER.stream().filter(a -> !timer.containsKey(a)).forEach(update::remove);
        if (!after.hostUserId().equals(before.hostUserId())) {
            after.hostUserId().ifPresentOrElse(host -> update.set(RoomItems.HOST, s(host)), () -> update.remove(RoomItems.HOST));
        }
        if (after.active() != before.active()) {
            update.set(RoomItems.ACTIVE, AttributeValue.fromBool(after.active()));
        }
        return update;
    }

    private static String timerAsRead(Expression update, Room before) {
        return update.name(RoomItems.TIMER_VERSION) + " = " + update.value(n(before.timer().version()))
                + " AND " + update.name(RoomItems.ACTIVE) + " = " + update.value(AttributeValue.fromBool(true));
    }

    private Map<String, AttributeValue> listingKey(String roomId) {
        var key = new HashMap<>(RoomItems.key(roomId));
        key.put(Keys.GSI1PK, s(Keys.PUBLIC_ROOMS));
        key.put(Keys.GSI1SK, s(roomId));
        return key;
    }

    private static Map<String, AttributeValue> nameKey(String name) {
        return Map.of(Keys.PK, s(Keys.roomName(name)), Keys.SK, s(Keys.NAME_SK));
    }

    private static Map<String, AttributeValue> nameGuard(Room room) {
        var guard = new HashMap<>(nameKey(room.name()));
        guard.put("room_id", s(room.id()));
        guard.put("entity", s("ROOMNAME"));
        return guard;
    }

    private TransactWriteItem freeName(Room room) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table.name())
                .key(nameKey(room.name()))
                .conditionExpression("room_id = :id")
                .expressionAttributeValues(Map.of(":id", s(room.id())))
                .build()).build();
    }
}
