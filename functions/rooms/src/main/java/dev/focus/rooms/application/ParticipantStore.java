package dev.focus.rooms.application;

import dev.focus.rooms.model.Participant;
import dev.focus.rooms.model.Room;

import java.util.List;
import java.util.Optional;

/** Who is in which room; joining and leaving also count seats and pass the host role in the room. */
public interface ParticipantStore {

    Optional<Participant> find(String participantId);

    Optional<Participant> findIn(String roomId, String userId);

    /** Everyone in the room, earliest joiner first. */
    List<Participant> inRoom(String roomId);

    /** The rooms a user is in. */
    List<String> roomsOf(String userId);

    enum JoinWrite { JOINED, ALREADY_IN, NO_SEAT, CONFLICT }

    /** Takes a seat if the room is active and not full; the joiner becomes host of a room without one. */
    JoinWrite join(Room room, Participant participant);

    /**
     * Frees the participant's seat. {@code after} is the room as it must be afterwards (host, timer); the write is
     * conditional on the seat count and host being those of {@code before} (and the timer version, when the timer
     * changes), and on a new host still being in the room.
     */
    Write leave(Room before, Room after, Participant participant);

    /** False if the participant has left meanwhile. */
    boolean saveStatus(Participant participant);
}
