package dev.focus.rooms.application;

import dev.focus.kernel.id.IdGenerator;
import dev.focus.rooms.model.Participant;
import dev.focus.rooms.model.ParticipantStatus;
import dev.focus.rooms.model.Room;
import dev.focus.rooms.model.RoomEvent;
import dev.focus.rooms.model.Timer;
import dev.focus.rooms.model.TimerStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Joining and leaving rooms, the participant list and statuses. */
public final class Membership {

    private static final int ATTEMPTS = 8;

    private final RoomStore rooms;
    private final ParticipantStore participants;
    private final RoomAccess access;
    private final RoomEvents events;
    private final TimerKeeper keeper;
    private final SessionCredits credits;
    private final EmptyRooms emptyRooms;
    private final IdGenerator ids;
    private final Clock clock;

    public Membership(RoomStore rooms, ParticipantStore participants, RoomAccess access, RoomEvents events,
                      TimerKeeper keeper, SessionCredits credits, EmptyRooms emptyRooms, IdGenerator ids, Clock clock) {
        this.rooms = rooms;
        this.participants = participants;
        this.access = access;
        this.events = events;
        this.keeper = keeper;
        this.credits = credits;
        this.emptyRooms = emptyRooms;
        this.ids = ids;
        this.clock = clock;
    }

    /** Joining twice answers the first participant; a private room wants its invite code (admins excepted). */
    public JoinResult join(String roomId, Viewer viewer, Optional<String> username, Optional<String> inviteCode) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Room> found = rooms.find(roomId).map(emptyRooms::current);
            if (found.isEmpty()) {
                return new JoinResult.RoomNotFound();
            }
            Room room = found.get();
            Optional<Participant> existing = participants.findIn(roomId, viewer.userId());
            if (existing.isPresent()) {
                return new JoinResult.AlreadyJoined(new Member(existing.get(), room.isHost(viewer.userId())));
            }
            if (!room.active()) {
                return new JoinResult.RoomClosed();
            }
            if (room.inviteCode().isPresent() && !viewer.admin()
                    && !inviteCode.map(String::strip).filter(room.inviteCode().get()::equalsIgnoreCase).isPresent()) {
                return new JoinResult.WrongInviteCode();
            }
            if (room.isFull()) {
                return new JoinResult.RoomFull();
            }
            Participant participant = new Participant(ids.newId(), roomId, viewer.userId(),
                    username.map(String::strip).filter(name -> !name.isEmpty()).orElse(viewer.username()),
                    ParticipantStatus.ACTIVE, clock.instant());
            switch (participants.join(room, participant)) {
                case JOINED -> {
                    // in a room without a host the first joiner takes the role: read back who won it
                    Room joined = room.hostUserId().isPresent() ? room : rooms.find(roomId).orElse(room);
                    events.publish(new RoomEvent.ParticipantJoined(joined, participant, clock.instant()));
                    if (!joined.hostUserId().equals(room.hostUserId())) {
                        events.publish(new RoomEvent.RoomUpdated(joined, clock.instant()));
                    }
                    return new JoinResult.Joined(new Member(participant, joined.isHost(viewer.userId())));
                }
                case ALREADY_IN, NO_SEAT, CONFLICT -> {
                    // read again: the answer (already in, full, closed) or a free seat after a concurrent leave
                }
            }
        }
        return new JoinResult.Busy();
    }

    /**
     * Leaving oneself, or being removed by the host or an admin. The earliest remaining joiner becomes host; the
     * last one out leaves the room to close when its grace is over ({@link EmptyRooms}).
     */
    public LeaveResult leave(String participantId, Viewer viewer) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Participant> found = participants.find(participantId);
            if (found.isEmpty()) {
                return new LeaveResult.NotFound();
            }
            Participant participant = found.get();
            Optional<Room> room = rooms.find(participant.roomId());
            if (room.isEmpty()) {
                return new LeaveResult.NotFound();
            }
            boolean allowed = participant.userId().equals(viewer.userId()) || room.get().isHost(viewer.userId())
                    || viewer.admin();
            if (!allowed) {
                return access.canSee(room.get(), viewer) ? new LeaveResult.NotAllowed() : new LeaveResult.NotFound();
            }
            if (remove(room.get(), participant)) {
                return new LeaveResult.Left();
            }
        }
        return new LeaveResult.Busy();
    }

    /** A deleted account leaves every room it is in. */
    public void removeUser(String userId) {
        for (String roomId : participants.roomsOf(userId)) {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                Optional<Participant> participant = participants.findIn(roomId, userId);
                Optional<Room> room = rooms.find(roomId);
                if (participant.isEmpty() || room.isEmpty() || remove(room.get(), participant.get())) {
                    break;
                }
                if (attempt == ATTEMPTS - 1) {
                    throw new IllegalStateException("Room " + roomId + " kept changing while removing a deleted user");
                }
            }
        }
    }

    public Optional<List<Member>> list(String roomId, Viewer viewer) {
        return access.find(roomId, viewer).map(room -> participants.inRoom(roomId)
                .stream().map(p -> new Member(p, room.isHost(p.userId()))).toList());
    }

    /** Only the participant sets their own status; empty if there is no such participant of the caller. */
    public Optional<Member> setStatus(String participantId, Viewer viewer, ParticipantStatus status) {
        return participants.find(participantId).filter(p -> p.userId().equals(viewer.userId()))
                .flatMap(participant -> saveStatus(participant, status));
    }

    /** The caller's own status in a room, as {@link #setStatus} sets it; empty if they are not in that room. */
    public Optional<Member> setStatusIn(String roomId, Viewer viewer, ParticipantStatus status) {
        return participants.findIn(roomId, viewer.userId()).flatMap(participant -> saveStatus(participant, status));
    }

    private Optional<Member> saveStatus(Participant participant, ParticipantStatus status) {
        Participant changed = participant.withStatus(status);
        if (!participants.saveStatus(changed)) {
            return Optional.empty();
        }
        Optional<Room> room = rooms.find(changed.roomId());
        room.ifPresent(r -> events.publish(new RoomEvent.ParticipantStatusChanged(r, changed, clock.instant())));
        return Optional.of(new Member(changed, room.filter(r -> r.isHost(changed.userId())).isPresent()));
    }

    /** False when the room changed meanwhile (another leave, a new host, a timer change); the caller reads again. */
    private boolean remove(Room read, Participant leaving) {
        // end what has ended first, so the leaver is credited for it before their seat goes
        Room room = keeper.current(read, true);
        for (var work : room.pendingWork()) {
            credits.publish(room.id(), work, List.of(leaving));
        }
        List<Participant> others = participants.inRoom(room.id()).stream()
                .filter(p -> !p.id().equals(leaving.id())).toList();
        Optional<String> host = room.isHost(leaving.userId()) || room.hostUserId().isEmpty()
                ? others.stream().findFirst().map(Participant::userId)
                : room.hostUserId();
        Timer timer = room.timer();
        Instant now = clock.instant();
        // nobody left to focus: stop the timer rather than let it cycle (and wake the worker) for an empty room
        boolean stopTimer = others.isEmpty() && timer.status() != TimerStatus.IDLE;
        if (stopTimer) {
            timer = timer.stopped(room.settings()).stored(true);
        }
        int count = Math.max(0, room.participantCount() - 1);
        boolean emptied = count == 0 && room.active();
        Room after = new Room(room.id(), room.name(), room.settings(), room.maxParticipants(), room.visibility(),
                room.inviteCode(), host, count, room.active(), room.createdAt(), room.updatedAt(), timer,
                room.pendingWork(), emptied ? Optional.of(now) : room.emptySince());
        if (emptied) {
            emptyRooms.emptying(room.id(), now); // its wake-up first: a close is never left unqueued
        }
        if (participants.leave(room, after, leaving) == Write.CONFLICT) {
            return false;
        }
        events.publish(new RoomEvent.ParticipantLeft(after, leaving, now));
        if (!host.equals(room.hostUserId())) {
            events.publish(new RoomEvent.RoomUpdated(after, now));
        }
        if (stopTimer) {
            events.publish(new RoomEvent.TimerUpdated(after, now));
        }
        return true;
    }
}
