package dev.focus.rooms.model;

import java.util.List;

/** What a timer command does: a new state (and the work phases it counted), or a refusal. */
public sealed interface TimerChange {

    record Changed(Timer timer, List<CountedWork> counted) implements TimerChange {
        public Changed {
            counted = List.copyOf(counted);
        }
    }

    record InvalidTransition(String reason) implements TimerChange {
    }
}
