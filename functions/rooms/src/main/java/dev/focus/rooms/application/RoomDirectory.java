package dev.focus.rooms.application;

import dev.focus.kernel.id.IdGenerator;
import dev.focus.kernel.page.Page;
import dev.focus.kernel.page.PageRequest;
import dev.focus.rooms.model.EmptyRoomGrace;
import dev.focus.rooms.model.Participant;
import dev.focus.rooms.model.ParticipantStatus;
import dev.focus.rooms.model.Room;
import dev.focus.rooms.model.RoomListing;
import dev.focus.rooms.model.RoomEvent;
import dev.focus.rooms.model.Timer;
import dev.focus.rooms.model.TimerSettings;
import dev.focus.rooms.model.Visibility;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Creating, finding, changing and closing rooms. */
public final class RoomDirectory {

    private static final int ATTEMPTS = 5;
    private static final char[] INVITE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RoomStore rooms;
    private final RoomAccess access;
    private final RoomEvents events;
    private final RoomCloser closer;
    private final EmptyRooms emptyRooms;
    private final EmptyRoomGrace grace;
    private final IdGenerator ids;
    private final Clock clock;

    public RoomDirectory(RoomStore rooms, RoomAccess access, RoomEvents events, RoomCloser closer, EmptyRooms emptyRooms,
                         EmptyRoomGrace grace, IdGenerator ids, Clock clock) {
        this.rooms = rooms;
        this.access = access;
        this.events = events;
        this.closer = closer;
        this.emptyRooms = emptyRooms;
        this.grace = grace;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * The creator is host and first participant; empty when an active room already has this name. A name whose room
     * has been empty past its grace is free: that room is closed first, whether or not its wake-up came.
     */
    public Optional<Room> create(RoomDraft draft, Viewer creator) {
        Instant now = clock.instant();
        String roomId = ids.newId();
        Room room = new Room(roomId, draft.name().strip(), draft.settings(), draft.maxParticipants(), draft.visibility(),
                inviteCodeFor(draft.visibility(), Optional.empty()), Optional.of(creator.userId()), 1, true, now, now,
                Timer.idle(draft.settings()), List.of(), Optional.empty());
        Participant host = new Participant(ids.newId(), roomId, creator.userId(), creator.username(),
                ParticipantStatus.ACTIVE, now);
        if (rooms.create(room, host) || emptyRooms.freedName(room.name()) && rooms.create(room, host)) {
            return Optional.of(room);
        }
        return Optional.empty();
    }

    /** Rooms left empty past their grace are not shown, even before the worker has closed them. */
    public Page<RoomListing> publicRooms(PageRequest page, Optional<String> nameContains) {
        Page<RoomListing> listed = rooms.publicRooms(page, nameContains.map(String::strip).filter(q -> !q.isEmpty())
                .map(q -> q.toLowerCase(Locale.ROOT)));
        Instant now = clock.instant();
        return new Page<>(listed.items().stream().filter(room -> !grace.isOver(room, now)).toList(), listed.nextCursor());
    }

    public Optional<Room> find(String roomId, Viewer viewer) {
        return access.find(roomId, viewer);
    }

    /** A new name held by a room empty past its grace is freed as in {@link #create}, and the change tried once more. */
    public RoomResult update(String roomId, Viewer viewer, RoomChanges changes) {
        boolean nameFreed = false;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Room> found = find(roomId, viewer);
            if (found.isEmpty()) {
                return new RoomResult.NotFound();
            }
            Room room = found.get();
            if (!room.active()) {
                return new RoomResult.Closed();
            }
            if (!room.isHost(viewer.userId())) {
                return new RoomResult.NotHost();
            }
            int max = changes.maxParticipants().orElse(room.maxParticipants());
            if (max < room.participantCount()) {
                return new RoomResult.TooManyParticipants(room.participantCount());
            }
            TimerSettings settings = changes.applyTo(room.settings());
            Visibility visibility = changes.visibility().orElse(room.visibility());
            Timer timer = room.timer().withSettings(settings);
            if (!timer.equals(room.timer())) {
                timer = timer.stored(true);
            }
            Room after = new Room(room.id(), changes.name().map(String::strip).orElse(room.name()), settings, max,
                    visibility, inviteCodeFor(visibility, room.inviteCode()), room.hostUserId(), room.participantCount(),
                    true, room.createdAt(), after(room.updatedAt()), timer, room.pendingWork(), room.emptySince());
            Optional<Write> write = rooms.saveSettings(room, after);
            if (write.isEmpty()) {
                if (nameFreed || !emptyRooms.freedName(after.name())) {
                    return new RoomResult.NameTaken();
                }
                nameFreed = true;
                continue;
            }
            if (write.get() == Write.STORED) {
                events.publish(new RoomEvent.RoomUpdated(after, clock.instant()));
                if (!timer.equals(room.timer())) {
                    events.publish(new RoomEvent.TimerUpdated(after, clock.instant()));
                }
                return new RoomResult.Done(after);
            }
        }
        return new RoomResult.Busy();
    }

    /** The host or an admin closes a room: it leaves the listing, its name is free again, its timer stops answering commands. */
    public RoomResult close(String roomId, Viewer viewer) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Room> found = find(roomId, viewer);
            if (found.isEmpty()) {
                return new RoomResult.NotFound();
            }
            Room room = found.get();
            if (!room.active()) {
                return new RoomResult.Closed();
            }
            if (!room.isHost(viewer.userId()) && !viewer.admin()) {
                return new RoomResult.NotHost();
            }
            Optional<Room> closed = closer.close(room);
            if (closed.isPresent()) {
                return new RoomResult.Done(closed.get());
            }
        }
        return new RoomResult.Busy();
    }

    /** A settings write is conditioned on updated_at, so it must move even within one millisecond. */
    private Instant after(Instant previous) {
        Instant now = clock.instant();
        return now.isAfter(previous) ? now : previous.plusMillis(1);
    }

    private static Optional<String> inviteCodeFor(Visibility visibility, Optional<String> current) {
        if (visibility == Visibility.PUBLIC) {
            return Optional.empty();
        }
        return current.or(() -> {
            var code = new StringBuilder(8);
            for (int i = 0; i < 8; i++) {
                code.append(INVITE_ALPHABET[RANDOM.nextInt(INVITE_ALPHABET.length)]);
            }
            return Optional.of(code.toString());
        });
    }

}
