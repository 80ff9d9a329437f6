package dev.focus.rooms.application;

import dev.focus.rooms.model.CountedWork;
import dev.focus.rooms.model.Room;
import dev.focus.rooms.model.TimerChange;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;

/** Reading the timer and the host's commands. */
public final class TimerControl {

    private static final int ATTEMPTS = 5;

    private final RoomStore rooms;
    private final RoomAccess access;
    private final TimerKeeper keeper;
    private final Clock clock;

    public TimerControl(RoomStore rooms, RoomAccess access, TimerKeeper keeper, Clock clock) {
        this.rooms = rooms;
        this.access = access;
        this.keeper = keeper;
        this.clock = clock;
    }

    /** The room with its timer as of now; an overdue timer is rolled forward and stored on the way. */
    public Optional<Room> state(String roomId, Viewer viewer) {
        return access.find(roomId, viewer).map(room -> room.active() ? shown(keeper.current(room, true)) : room);
    }

    /** Whether the room exists and the viewer may see it (a private room: its participants and admins). */
    public boolean visible(String roomId, Viewer viewer) {
        return access.find(roomId, viewer).isPresent();
    }

    /** What the clock says, even when the roll-forward could not be stored this time. */
    private Room shown(Room room) {
        return room.withTimer(room.timer().rollForward(room.settings(), clock.instant()).timer());
    }

    public RoomResult command(String roomId, Viewer viewer, TimerCommand command) {
        Optional<Room> found = access.find(roomId, viewer);
        for (int attempt = 0; attempt < ATTEMPTS && found.isPresent(); attempt++) {
            Room room = found.get();
            if (!room.active()) {
                return new RoomResult.Closed();
            }
            if (!room.isHost(viewer.userId())) {
                return new RoomResult.NotHost();
            }
            room = keeper.current(room, true);
            Instant now = clock.instant();
            TimerChange.Changed rolled = room.timer().rollForward(room.settings(), now);
            TimerChange change = command.applyTo(rolled.timer(), room.settings(), now);
            if (change instanceof TimerChange.InvalidTransition invalid) {
                return new RoomResult.InvalidTransition(invalid.reason());
            }
            var changed = (TimerChange.Changed) change;
            var counted = new ArrayList<CountedWork>(rolled.counted());
            counted.addAll(changed.counted());
            Optional<Room> stored = keeper.store(room, new TimerChange.Changed(changed.timer(), counted), true,
                    Optional.of(viewer.userId()), true);
            if (stored.isPresent()) {
                return new RoomResult.Done(stored.get());
            }
            Optional<Room> reread = rooms.find(roomId);
            if (reread.isPresent() && reread.get().timer().commandVersion() > room.timer().version()) {
                return new RoomResult.Conflict(); // another command won; only changes of the clock are retried
            }
            found = reread;
        }
        return found.isPresent() ? new RoomResult.Conflict() : new RoomResult.NotFound();
    }
}
