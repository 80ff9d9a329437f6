package dev.focus.rooms.adapter;

import dev.focus.rooms.model.CountedWork;
import dev.focus.rooms.model.Phase;
import dev.focus.rooms.model.Room;
import dev.focus.rooms.model.RoomListing;
import dev.focus.rooms.model.Timer;
import dev.focus.rooms.model.TimerSettings;
import dev.focus.rooms.model.TimerStatus;
import dev.focus.rooms.model.Visibility;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A room is two items in its partition: {@code ROOM} (what the listing shows: settings, host, seats) and
 * {@code TIMER} (the timer, its pending work, and copies of {@code host_user_id} and {@code active} that timer
 * writes are conditioned on). Timer writes, the most frequent ones, so never touch the listing index.
 * Instants of the timer are epoch milliseconds, the room's ISO-8601 strings.
 */
final class RoomItems {

    static final String PENDING_WORK = "pending_work";
    static final String TIMER_VERSION = "timer_version";
    static final String HOST = "host_user_id";
    static final String ACTIVE = "active";
    /** When the last participant left an active room (ISO-8601); absent while anybody is in it. */
    static final String EMPTY_SINCE = "empty_since";
    /** Attributes a room item may lose when it changes (a private room has no listing keys, ...). */
    static final List<String> OPTIONAL_SETTINGS = List.of("invite_code", Keys.GSI1PK, Keys.GSI1SK);
    static final List<String> OPTIONAL_TIMER = List.of("timer_started_at", "timer_ends_at");

    private RoomItems() {
    }

    static Map<String, AttributeValue> key(String roomId) {
        return Map.of(Keys.PK, s(Keys.room(roomId)), Keys.SK, s(Keys.ROOM_SK));
    }

    static Map<String, AttributeValue> timerKey(String roomId) {
        return Map.of(Keys.PK, s(Keys.room(roomId)), Keys.SK, s(Keys.TIMER_SK));
    }

    static Map<String, AttributeValue> roomItem(Room room) {
        var item = new HashMap<String, AttributeValue>(key(room.id()));
        item.put("entity", s("ROOM"));
        item.putAll(settings(room));
        room.hostUserId().ifPresent(host -> item.put(HOST, s(host)));
        item.put("participant_count", n(room.participantCount()));
        item.put(ACTIVE, AttributeValue.fromBool(room.active()));
        item.put("created_at", s(room.createdAt().toString()));
        room.emptySince().ifPresent(since -> item.put(EMPTY_SINCE, s(since.toString())));
        return item;
    }

    static Map<String, AttributeValue> timerItem(Room room) {
        var item = new HashMap<String, AttributeValue>(timerKey(room.id()));
        item.put("entity", s("TIMER"));
        item.put("room_id", s(room.id()));
        room.hostUserId().ifPresent(host -> item.put(HOST, s(host)));
        item.put(ACTIVE, AttributeValue.fromBool(room.active()));
        item.putAll(timer(room.timer()));
        var pending = new HashMap<String, AttributeValue>();
        room.pendingWork().forEach(work -> pending.put(workKey(work), work(work)));
        item.put(PENDING_WORK, AttributeValue.fromM(pending));
        return item;
    }

    /** The attributes a host may change, the listing keys that follow from them, and updated_at. */
    static Map<String, AttributeValue> settings(Room room) {
        var item = new HashMap<String, AttributeValue>();
        TimerSettings s = room.settings();
        item.put("room_id", s(room.id()));
        item.put("name", s(room.name()));
        item.put("name_key", s(Keys.nameKey(room.name())));
        item.put("work_duration", n(s.workMinutes()));
        item.put("break_duration", n(s.breakMinutes()));
        item.put("long_break_duration", n(s.longBreakMinutes()));
        item.put("long_break_every", n(s.longBreakEvery()));
        item.put("auto_start_break", AttributeValue.fromBool(s.autoStartBreak()));
        item.put("auto_start_work", AttributeValue.fromBool(s.autoStartWork()));
        item.put("max_participants", n(room.maxParticipants()));
        item.put("visibility", s(room.visibility().name().toLowerCase(Locale.ROOT)));
        room.inviteCode().ifPresent(code -> item.put("invite_code", s(code)));
        item.put("updated_at", s(room.updatedAt().toString()));
        if (room.active() && room.visibility() == Visibility.PUBLIC) {
            item.put(Keys.GSI1PK, s(Keys.PUBLIC_ROOMS));
            item.put(Keys.GSI1SK, s(room.id()));
        }
        return item;
    }

    static Map<String, AttributeValue> timer(Timer timer) {
        var item = new HashMap<String, AttributeValue>();
        item.put("timer_status", s(timer.status().name()));
        item.put("timer_phase", s(timer.phase().name()));
        item.put("timer_cycle", n(timer.cycle()));
        item.put("timer_phase_seconds", n(timer.phaseDuration().toSeconds()));
        item.put("timer_remaining_ms", n(timer.remaining().toMillis()));
        if (timer.phaseStartedAt() != null) {
            item.put("timer_started_at", n(timer.phaseStartedAt().toEpochMilli()));
        }
        if (timer.phaseEndsAt() != null) {
            item.put("timer_ends_at", n(timer.phaseEndsAt().toEpochMilli()));
        }
        item.put(TIMER_VERSION, n(timer.version()));
        item.put("timer_command_version", n(timer.commandVersion()));
        item.put("timer_write_id", s(timer.writeId()));
        return item;
    }

    static String workKey(CountedWork work) {
        return Long.toString(work.endedAt().toEpochMilli());
    }

    static AttributeValue work(CountedWork work) {
        var item = new HashMap<String, AttributeValue>();
        item.put("cycle", n(work.cycle()));
        if (work.startedAt() != null) {
            item.put("started_at", n(work.startedAt().toEpochMilli()));
        }
        item.put("ended_at", n(work.endedAt().toEpochMilli()));
        item.put("focused_ms", n(work.focused().toMillis()));
        return AttributeValue.fromM(item);
    }

    static RoomListing listing(Map<String, AttributeValue> item) {
        var settings = new TimerSettings(integer(item, "work_duration"), integer(item, "break_duration"),
                integer(item, "long_break_duration"), integer(item, "long_break_every"),
                item.get("auto_start_break").bool(), item.get("auto_start_work").bool());
        return new RoomListing(text(item, "room_id"), text(item, "name"), settings, integer(item, "max_participants"),
                Visibility.valueOf(text(item, "visibility").toUpperCase(Locale.ROOT)),
                Optional.ofNullable(text(item, "invite_code")), Optional.ofNullable(text(item, HOST)),
                integer(item, "participant_count"), item.get(ACTIVE).bool(),
                Instant.parse(text(item, "created_at")), Instant.parse(text(item, "updated_at")),
                Optional.ofNullable(text(item, EMPTY_SINCE)).map(Instant::parse));
    }

    static Room room(Map<String, AttributeValue> roomItem, Map<String, AttributeValue> timerItem) {
        RoomListing room = listing(roomItem);
        var pending = new ArrayList<CountedWork>();
        Map<String, AttributeValue> works = timerItem.containsKey(PENDING_WORK) ? timerItem.get(PENDING_WORK).m() : Map.of();
        works.values().forEach(value -> {
            Map<String, AttributeValue> w = value.m();
            pending.add(new CountedWork(integer(w, "cycle"), instant(w, "started_at"), instant(w, "ended_at"),
                    Duration.ofMillis(number(w, "focused_ms"))));
        });
        pending.sort(Comparator.comparing(CountedWork::endedAt));
        return new Room(room.id(), room.name(), room.settings(), room.maxParticipants(), room.visibility(),
                room.inviteCode(), room.hostUserId(), room.participantCount(), room.active(), room.createdAt(),
                room.updatedAt(), timer(timerItem), pending, room.emptySince());
    }

    private static Timer timer(Map<String, AttributeValue> item) {
        return new Timer(TimerStatus.valueOf(text(item, "timer_status")), Phase.valueOf(text(item, "timer_phase")),
                integer(item, "timer_cycle"), Duration.ofSeconds(number(item, "timer_phase_seconds")),
                instant(item, "timer_started_at"), instant(item, "timer_ends_at"),
                Duration.ofMillis(number(item, "timer_remaining_ms")), number(item, TIMER_VERSION),
                number(item, "timer_command_version"), Optional.ofNullable(text(item, "timer_write_id")).orElse(""));
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    static long number(Map<String, AttributeValue> item, String name) {
        return Long.parseLong(item.get(name).n());
    }

    static int integer(Map<String, AttributeValue> item, String name) {
        return Integer.parseInt(item.get(name).n());
    }

    static Instant instant(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : Instant.ofEpochMilli(Long.parseLong(value.n()));
    }
}
