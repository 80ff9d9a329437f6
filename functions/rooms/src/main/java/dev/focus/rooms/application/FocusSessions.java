package dev.focus.rooms.application;

import dev.focus.rooms.model.FocusSessionCompleted;

/** Hands counted focus sessions to the focus context; returns once they are durably queued. */
public interface FocusSessions {

    void completed(FocusSessionCompleted session);
}
