package dev.focus.rooms.application;

import java.time.Duration;
import java.util.List;

/** Schedules wake-ups of the phase-end worker; returns once they are durably queued. */
public interface TimerTriggers {

    void schedule(List<WakeUp> wakeUps);

    /** Queues this wake-up again, to arrive {@code after} from now whatever its time. */
    void retry(WakeUp wakeUp, Duration after);
}
