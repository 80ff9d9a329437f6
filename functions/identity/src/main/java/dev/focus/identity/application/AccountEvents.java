package dev.focus.identity.application;

import dev.focus.identity.model.AccountStatusChanged;
import dev.focus.identity.model.UserDeleted;

/** Tells other contexts about accounts; returns once the event is durably queued, throws otherwise. */
public interface AccountEvents {

    void publish(UserDeleted event);

    void publish(AccountStatusChanged event);
}
