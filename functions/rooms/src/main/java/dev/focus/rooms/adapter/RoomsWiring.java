package dev.focus.rooms.adapter;

import dev.focus.aws.AwsClients;
import dev.focus.dynamodb.DynamoDbSettings;
import dev.focus.kernel.id.IdGenerator;
import dev.focus.messaging.DomainEventPublisher;
import dev.focus.aws.OnFirstUse;

import dev.focus.rooms.application.EmptyRoomTriggers;
import dev.focus.rooms.application.EmptyRooms;
import dev.focus.rooms.application.FocusSessions;
import dev.focus.rooms.application.Membership;
import dev.focus.rooms.application.ParticipantStore;
import dev.focus.rooms.application.PhaseEnds;
import dev.focus.rooms.application.RoomAccess;
import dev.focus.rooms.application.RoomCloser;
import dev.focus.rooms.application.RoomDirectory;
import dev.focus.rooms.application.RoomEvents;
import dev.focus.rooms.application.RoomSnapshots;
import dev.focus.rooms.application.RoomStore;
import dev.focus.rooms.application.SessionCredits;
import dev.focus.rooms.application.TimerControl;
import dev.focus.rooms.application.TimerKeeper;
import dev.focus.rooms.application.TimerTriggers;
import dev.focus.rooms.model.EmptyRoomGrace;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.time.Clock;
import java.time.Duration;

/** The one place the rooms use cases meet their adapters. */
@Factory
class RoomsWiring {

    @Singleton
    Table table(DynamoDbClient client, DynamoDbSettings settings) {
        return new Table(client, settings.getTableName());
    }

    @Singleton
    RoomStore roomStore(Table table) {
        return new DynamoRooms(table);
    }

    @Singleton
    ParticipantStore participantStore(Table table) {
        return new DynamoParticipants(table);
    }

    @Singleton
    RoomEvents roomEvents(DomainEventPublisher publisher, IdGenerator ids) {
        return new QueuedRoomEvents(publisher, ids);
    }

    @Singleton
    FocusSessions focusSessions(DomainEventPublisher publisher) {
        return new QueuedFocusSessions(publisher);
    }

    /** Phase ends and empty rooms' closes share the timer-triggers queue, so one adapter is both ports. */
    @Singleton
    SqsTimerTriggers timerTriggers(AwsClients clients, @Nullable @Value("${focus.sqs.endpoint:}") String endpoint,
                                   @Value("${focus.queues.timer-triggers.url}") String queueUrl, JsonMapper json,
                                   Clock clock) {
        var sqs = new OnFirstUse<>(() -> clients.build(SqsClient.builder(), endpoint));
        return new SqsTimerTriggers(sqs, queueUrl, json, clock);
    }

    /** {@code focus.rooms.empty-room-grace}: 10 minutes unless configured (e.g. {@code 30m}, {@code 90s}, {@code PT1H}). */
    @Singleton
    EmptyRoomGrace emptyRoomGrace(@Value("${focus.rooms.empty-room-grace:10m}") Duration grace) {
        return new EmptyRoomGrace(grace);
    }

    @Singleton
    RoomCloser roomCloser(RoomStore rooms, TimerKeeper keeper, RoomEvents events, Clock clock) {
        return new RoomCloser(rooms, keeper, events, clock);
    }

    @Singleton
    EmptyRooms emptyRooms(RoomStore rooms, RoomCloser closer, EmptyRoomTriggers triggers, EmptyRoomGrace grace,
                          Clock clock) {
        return new EmptyRooms(rooms, closer, triggers, grace, clock, duration -> Thread.sleep(duration));
    }

    @Singleton
    RoomAccess roomAccess(RoomStore rooms, ParticipantStore participants, EmptyRooms emptyRooms) {
        return new RoomAccess(rooms, participants, emptyRooms);
    }

    @Singleton
    TimerKeeper timerKeeper(RoomStore rooms, TimerTriggers triggers, RoomEvents events, Clock clock) {
        return new TimerKeeper(rooms, triggers, events, clock);
    }

    @Singleton
    RoomDirectory roomDirectory(RoomStore rooms, RoomAccess access, RoomEvents events, RoomCloser closer,
                                EmptyRooms emptyRooms, EmptyRoomGrace grace, IdGenerator ids, Clock clock) {
        return new RoomDirectory(rooms, access, events, closer, emptyRooms, grace, ids, clock);
    }

    @Singleton
    SessionCredits sessionCredits(FocusSessions sessions, Clock clock) {
        return new SessionCredits(sessions, clock);
    }

    @Singleton
    Membership membership(RoomStore rooms, ParticipantStore participants, RoomAccess access, RoomEvents events,
                          TimerKeeper keeper, SessionCredits credits, EmptyRooms emptyRooms, IdGenerator ids,
                          Clock clock) {
        return new Membership(rooms, participants, access, events, keeper, credits, emptyRooms, ids, clock);
    }

    @Singleton
    TimerControl timerControl(RoomStore rooms, RoomAccess access, TimerKeeper keeper, Clock clock) {
        return new TimerControl(rooms, access, keeper, clock);
    }

    @Singleton
    RoomSnapshots roomSnapshots(TimerControl timers, ParticipantStore participants) {
        return new RoomSnapshots(timers, participants);
    }

    @Singleton
    PhaseEnds phaseEnds(RoomStore rooms, ParticipantStore participants, TimerKeeper keeper, TimerTriggers triggers,
                        SessionCredits credits, Clock clock) {
        return new PhaseEnds(rooms, participants, keeper, triggers, credits, clock, duration -> Thread.sleep(duration));
    }

}
