package dev.focus.rooms;

import dev.focus.kernel.id.IdGenerator;
import dev.focus.resources.FocusResources;
import dev.focus.rooms.application.ParticipantStore;
import dev.focus.rooms.application.RoomStore;
import dev.focus.rooms.model.Participant;
import dev.focus.rooms.model.ParticipantStatus;
import dev.focus.rooms.model.Room;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Real races against DynamoDB Local: requests released together on their own threads, as Lambda instances would be. */
@WithRoomsApi
@DisplayName("concurrent commands against DynamoDB Local")
class ConcurrencyTest {

    static RoomsApi api;

    @RepeatedTest(3)
    @DisplayName("10 people joining a room with 4 free seats at once: 4 get a seat, 6 get ROOM_FULL, the room holds 5")
    void concurrent_joins() throws Exception {
        var host = api.newUser();
        String room = api.newRoom(host, Map.of("max_participants", 5));
        var joiners = new ArrayList<RoomsApi.User>();
        for (int i = 0; i < 10; i++) {
            joiners.add(api.newUser());
        }

        List<RoomsApi.Response> responses = together(joiners.stream()
                .<Callable<RoomsApi.Response>>map(user -> () -> api.join(room, user)).toList());

        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(4);
        assertThat(responses).filteredOn(r -> r.status() == 409)
                .hasSize(6).allSatisfy(r -> assertThat(r.code()).isEqualTo("ROOM_FULL"));
        assertThat(api.get("/api/v1/participants/" + room, host).number("total")).isEqualTo(5);
        assertThat(api.get("/api/v1/rooms/" + room, host).number("participant_count")).isEqualTo(5);
    }

    @RepeatedTest(3)
    @DisplayName("8 starts of one timer at once: exactly one wins, the other 7 get a clean 409")
    void concurrent_starts() throws Exception {
        var host = api.newUser();
        String room = api.newRoom(host);
        var starts = new ArrayList<Callable<RoomsApi.Response>>();
        for (int i = 0; i < 8; i++) {
            starts.add(() -> api.command(room, "start", host));
        }

        List<RoomsApi.Response> responses = together(starts);

        assertThat(responses).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() == 409).hasSize(7)
                .allSatisfy(r -> assertThat(r.code()).isIn("INVALID_TRANSITION", "TIMER_CONFLICT"));
        var timer = api.timer(room, host);
        assertThat(timer.text("status")).isEqualTo("RUNNING");
        assertThat(timer.number("version")).isEqualTo(1);
    }

    @RepeatedTest(5)
    @DisplayName("a join racing the close of an empty room at the end of its grace: it joins an open room, or it gets no seat in a closed one")
    void join_racing_the_close(RepetitionInfo repetition) throws Exception {
        var host = api.newUser();
        var joiner = api.newUser();
        String room = api.newRoom(host);
        String hostId = api.get("/api/v1/participants/" + room, host).json().get("participants").get(0).get("id").asText();
        api.delete("/api/v1/participants/" + hostId, host);
        String wakeUp = api.emptyRoomWakeUpMessage(room);
        api.clock.advance(Duration.ofMinutes(10));
        // the joiner read the room just before its grace ended; its seat and the worker's close race to DynamoDB
        Room read = api.bean(RoomStore.class).find(room).orElseThrow();
        var seat = new Participant(api.bean(IdGenerator.class).newId(), room, joiner.id(), joiner.username(),
                ParticipantStatus.ACTIVE, api.clock.instant());

        // the worker reads twice before it writes: each repetition gives the join a later start, so both orders occur
        long headStart = 10L * (repetition.getCurrentRepetition() - 1);

        List<Object> results = together(List.of(
                () -> {
                    Thread.sleep(headStart);
                    return api.bean(ParticipantStore.class).join(read, seat);
                },
                () -> api.deliver(FocusResources.TIMER_TRIGGERS.name(), List.of(wakeUp)).getBatchItemFailures()));

        var after = api.get("/api/v1/rooms/" + room, joiner);
        var present = api.get("/api/v1/participants/" + room, api.newAdmin());
        assertThat(results.get(1)).isEqualTo(List.of());
        if (results.get(0) == ParticipantStore.JoinWrite.JOINED) {
            assertThat(after.json().get("is_active").asBoolean()).isTrue();
            assertThat(after.number("participant_count")).isEqualTo(1);
            assertThat(after.text("host_user_id")).isEqualTo(joiner.id());
            assertThat(present.number("total")).isEqualTo(1);
        } else {
            assertThat(results.get(0)).isEqualTo(ParticipantStore.JoinWrite.NO_SEAT);
            assertThat(after.json().get("is_active").asBoolean()).isFalse();
            assertThat(after.number("participant_count")).isZero();
            assertThat(present.number("total")).isZero();
            assertThat(api.join(room, joiner).code()).isEqualTo("ROOM_CLOSED");
        }
    }

    private static <T> List<T> together(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            var ready = new CountDownLatch(calls.size());
            var go = new CountDownLatch(1);
            var futures = new ArrayList<Future<T>>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            ready.await();
            go.countDown();
            var results = new ArrayList<T>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
