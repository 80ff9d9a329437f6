package dev.focus.realtime.adapter;

import dev.focus.broadcast.Connection;
import dev.focus.broadcast.Connections;
import dev.focus.broadcast.ServerMessage;
import dev.focus.broadcast.Subscription;
import dev.focus.resources.FocusResources;
import dev.focus.rooms.application.Membership;
import dev.focus.rooms.application.RoomSnapshots;
import dev.focus.rooms.application.Viewer;
import dev.focus.rooms.model.ParticipantStatus;
import dev.focus.rooms.view.ParticipantView;
import dev.focus.rooms.view.RoomView;
import dev.focus.rooms.view.TimerView;
import dev.focus.security.Caller;
import dev.focus.kernel.json.StrictJsonReader;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The client's side of the protocol (docs/websocket.md): each message is JSON with an {@code action}, read as
 * strictly as an HTTP body; the answer, if any, goes back to the same connection. A message the server cannot act
 * on answers {@code {type: "error", code, message, errors}} and leaves the connection open.
 */
final class ClientMessages {

    private static final Logger LOG = LoggerFactory.getLogger(ClientMessages.class);
    private static final String STATUSES = Arrays.stream(ParticipantStatus.values())
            .map(s -> s.name().toLowerCase(Locale.ROOT)).reduce((a, b) -> a + ", " + b).orElseThrow();
    private static final Argument<ClientMessage> MESSAGE = Argument.of(ClientMessage.class);

    private final Connections connections;
    private final RoomSnapshots snapshots;
    private final Membership membership;
    private final JsonMapper json;
    private final Clock clock;
    private final StrictJsonReader reader = new StrictJsonReader();

    ClientMessages(Connections connections, RoomSnapshots snapshots, Membership membership, JsonMapper json, Clock clock) {
        this.connections = connections;
        this.snapshots = snapshots;
        this.membership = membership;
        this.json = json;
        this.clock = clock;
    }

    /** The answer to one client message (JSON), or empty when there is nothing to answer. */
    Optional<String> handle(String connectionId, String body) {
        Object reply;
        try {
            reply = answer(connectionId, body);
        } catch (RuntimeException e) {
            LOG.error("Message on connection {} failed: {}", connectionId, body, e);
            reply = Replies.Error.of("TRY_AGAIN_LATER", "The server could not handle this message; send it again.");
        }
        return Optional.ofNullable(reply).map(this::write);
    }

    private Object answer(String connectionId, String body) {
        return switch (read(body)) {
            case Read.Refused refused -> refused.reply();
            case Read.Message(ClientMessage message) -> act(connectionId, message);
        };
    }

    private Object act(String connectionId, ClientMessage message) {
        String action = Optional.ofNullable(message.action()).orElse("");
        return switch (action) {
            case "ping" -> Replies.Pong.at(clock.instant());
            case "subscribe" -> withRoom(message, roomId -> subscribe(connectionId, roomId));
            case "unsubscribe" -> withRoom(message, roomId -> unsubscribe(connectionId, roomId));
            case "presence" -> withRoom(message, roomId -> presence(connectionId, roomId, Optional.ofNullable(message.status())));
            default -> Replies.Error.of("UNKNOWN_ACTION", "action must be one of "
                    + String.join(", ", FocusResources.WEBSOCKET_API.actions()) + ".");
        };
    }

    private Object subscribe(String connectionId, String roomId) {
        Optional<Viewer> viewer = viewer(connectionId);
        if (viewer.isEmpty()) {
            return gone();
        }
        if (!snapshots.canWatch(roomId, viewer.get())) {
            return roomNotFound();
        }
        Subscription subscription = connections.watch(connectionId, roomId);
        switch (subscription) {
            case NO_CONNECTION -> {
                return gone();
            }
            case TOO_MANY_ROOMS -> {
                return Replies.Error.of("TOO_MANY_SUBSCRIPTIONS", "A connection watches at most "
                        + Connections.MAX_ROOMS_PER_CONNECTION + " rooms; unsubscribe from one first.");
            }
            case WATCHING -> {
                // the number first, then the state: every event numbered after it reaches this connection, and
                // every event up to it is already in the state read below
                long seq = connections.currentSequence(roomId);
                Instant now = clock.instant();
                return snapshots.of(roomId, viewer.get())
                        .<Object>map(snapshot -> ServerMessage.reply("room_state", roomId, new Replies.RoomState(
                                RoomView.of(snapshot.room(), true), TimerView.of(snapshot.room(), now),
                                snapshot.members().stream().map(m -> ParticipantView.of(m.participant(), m.host())).toList()),
                                seq, now))
                        .orElseGet(() -> {
                            connections.unwatch(connectionId, roomId);
                            return roomNotFound();
                        });
            }
            default -> throw new IllegalStateException("Unknown subscription outcome " + subscription);
        }
    }

    private Object unsubscribe(String connectionId, String roomId) {
        connections.unwatch(connectionId, roomId);
        return ServerMessage.reply("unsubscribed", roomId, null, null, clock.instant());
    }

    private Object presence(String connectionId, String roomId, Optional<String> status) {
        Optional<ParticipantStatus> parsed = status.flatMap(ClientMessages::status);
        if (parsed.isEmpty()) {
            return Replies.Error.of("INVALID_STATUS", "status must be one of " + STATUSES + ".");
        }
        Optional<Viewer> viewer = viewer(connectionId);
        if (viewer.isEmpty()) {
            return gone();
        }
        return membership.setStatusIn(roomId, viewer.get(), parsed.get())
                .<Object>map(member -> ServerMessage.reply("presence_updated", roomId,
                        ParticipantView.of(member.participant(), member.host()), null, clock.instant()))
                .orElseGet(() -> Replies.Error.of("NOT_A_PARTICIPANT", "Join the room before setting your status in it."));
    }

    private Optional<Viewer> viewer(String connectionId) {
        return connections.find(connectionId).map(ClientMessages::viewer);
    }

    private static Viewer viewer(Connection connection) {
        return new Viewer(connection.userId(), connection.username(), connection.roles().contains(Caller.ADMIN));
    }

    private static Object withRoom(ClientMessage message, java.util.function.Function<String, Object> action) {
        return Optional.ofNullable(message.roomId()).filter(id -> !id.isBlank())
                .map(action)
                .orElseGet(() -> Replies.Error.of("INVALID_MESSAGE", "room_id is required."));
    }

    private static Replies.Error roomNotFound() {
        return Replies.Error.of("ROOM_NOT_FOUND", "No such room, or it is private and you are not in it.");
    }

    private static Replies.Error gone() {
        return Replies.Error.of("CONNECTION_CLOSED", "This connection has ended; connect again.");
    }

    private static Optional<ParticipantStatus> status(String value) {
        try {
            return Optional.of(ParticipantStatus.valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A message held to the HTTP bodies' rules (docs/api.md, "Input rules"), or the error that answers it. */
    private Read read(String body) {
        String text = body == null ? "" : body;
        StrictJsonReader.Verdict verdict = reader.read(text, MESSAGE);
        if (verdict instanceof StrictJsonReader.Verdict.Malformed malformed) {
            return new Read.Refused(invalidMessage(malformed.detail()));
        }
        // one well-formed document from here on, so only JSON whitespace can come before it
        if (!text.strip().startsWith("{")) {
            return new Read.Refused(invalidMessage("The message is not a JSON object."));
        }
        if (verdict instanceof StrictJsonReader.Verdict.Invalid invalid) {
            return new Read.Refused(Replies.Error.invalidFields(invalid.errors()));
        }
        try {
            return new Read.Message(json.readValue(text, MESSAGE));
        } catch (IOException e) {
            throw new IllegalStateException("A message the strict reader accepted does not bind", e);
        }
    }

    private sealed interface Read {
        record Message(ClientMessage message) implements Read {
        }

        record Refused(Replies.Error reply) implements Read {
        }
    }

    private static Replies.Error invalidMessage(String detail) {
        return Replies.Error.of("INVALID_MESSAGE", detail + " Send one JSON object with an action, e.g. {\"action\":\"ping\"}.");
    }

    private String write(Object reply) {
        try {
            return json.writeValueAsString(reply);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot serialise " + reply, e);
        }
    }
}
