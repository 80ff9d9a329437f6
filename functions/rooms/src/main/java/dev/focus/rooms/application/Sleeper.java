package dev.focus.rooms.application;

import java.time.Duration;

/** Waits a moment; tests pass one that moves their clock instead. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;
}
