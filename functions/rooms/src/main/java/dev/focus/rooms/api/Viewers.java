package dev.focus.rooms.api;

import dev.focus.rooms.application.Viewer;
import dev.focus.security.Caller;
import io.micronaut.security.authentication.Authentication;

final class Viewers {

    private Viewers() {
    }

    static Viewer of(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        String name = caller.username().isBlank() ? "user-" + caller.userId().substring(Math.max(0, caller.userId().length() - 6))
                : caller.username();
        return new Viewer(caller.userId(), name, caller.isAdmin());
    }
}
