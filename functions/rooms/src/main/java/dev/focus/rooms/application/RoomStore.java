package dev.focus.rooms.application;

import dev.focus.kernel.page.Page;
import dev.focus.kernel.page.PageRequest;
import dev.focus.rooms.model.CountedWork;
import dev.focus.rooms.model.Participant;
import dev.focus.rooms.model.Room;
import dev.focus.rooms.model.RoomListing;

import java.util.List;
import java.util.Optional;

/** Rooms with their timers. Every write is conditional on the timer version read before it. */
public interface RoomStore {

    Optional<Room> find(String roomId);

    /** The room, its unique name and its host as first participant, all or nothing; false if the name is taken. */
    boolean create(Room room, Participant host);

    /** The room whose name guard holds this name (in any case): an active room, possibly one empty past its grace. */
    Optional<String> nameHolder(String name);

    /** Active public rooms, newest first, optionally only those whose name contains {@code nameContains}. */
    Page<RoomListing> publicRooms(PageRequest page, Optional<String> nameContains);

    /**
     * Stores {@code after}'s timer (and adds {@code counted} to the pending work) if the timer is still at
     * {@code before}'s version, the room active and, when given, {@code host} still its host.
     */
    Write saveTimer(Room before, Room after, List<CountedWork> counted, Optional<String> host);

    /** Stores changed settings, renaming the unique name if it changed; empty when the new name is taken. */
    Optional<Write> saveSettings(Room before, Room after);

    /** Marks the room closed and frees its name. */
    Write close(Room before, Room after);

    /** As {@link #close}, only if nobody is in the room and it has been empty since {@code before}'s emptySince. */
    Write closeEmpty(Room before, Room after);

    /** The FocusSessionCompleted events of this counted work are published. */
    void announced(String roomId, CountedWork work);
}
