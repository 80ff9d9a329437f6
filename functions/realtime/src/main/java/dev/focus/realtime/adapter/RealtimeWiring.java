package dev.focus.realtime.adapter;

import dev.focus.broadcast.Connections;
import dev.focus.rooms.application.Membership;
import dev.focus.rooms.application.RoomSnapshots;
import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Where the client protocol meets the connections store and the rooms use cases. */
@Factory
class RealtimeWiring {

    @Singleton
    ClientMessages clientMessages(Connections connections, RoomSnapshots snapshots, Membership membership,
                                  JsonMapper json, Clock clock) {
        return new ClientMessages(connections, snapshots, membership, json, clock);
    }
}
