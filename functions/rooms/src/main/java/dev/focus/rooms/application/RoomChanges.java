package dev.focus.rooms.application;

import dev.focus.rooms.model.TimerSettings;
import dev.focus.rooms.model.Visibility;

import java.util.Optional;

/** The settings a host changes; absent ones stay as they are. */
public record RoomChanges(Optional<String> name, Optional<Integer> workMinutes, Optional<Integer> breakMinutes,
                          Optional<Integer> longBreakMinutes, Optional<Integer> longBreakEvery,
                          Optional<Boolean> autoStartBreak, Optional<Boolean> autoStartWork,
                          Optional<Integer> maxParticipants, Optional<Visibility> visibility) {

    TimerSettings applyTo(TimerSettings s) {
        return new TimerSettings(workMinutes.orElse(s.workMinutes()), breakMinutes.orElse(s.breakMinutes()),
                longBreakMinutes.orElse(s.longBreakMinutes()), longBreakEvery.orElse(s.longBreakEvery()),
                autoStartBreak.orElse(s.autoStartBreak()), autoStartWork.orElse(s.autoStartWork()));
    }
}
