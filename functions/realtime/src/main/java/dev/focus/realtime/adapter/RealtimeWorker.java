package dev.focus.realtime.adapter;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.focus.broadcast.Broadcaster;
import dev.focus.broadcast.Connections;
import dev.focus.broadcast.Delivery;
import dev.focus.broadcast.Watcher;
import dev.focus.resources.FocusResources;
import dev.focus.rooms.application.ParticipantStore;
import dev.focus.rooms.model.Participant;
import dev.focus.security.Caller;
import dev.focus.security.JwtSettings;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Posts what the queues carry to the WebSocket connections (function realtime-worker): room events from the
 * room-events FIFO queue to everyone watching the room, per-user pushes from user-pushes to each of the user's
 * connections; account suspensions from user-status end the user's connections. A message whose posts did not all arrive (after the broadcaster's retries) is handed back to SQS and
 * broadcast again later with the same {@code seq}; on the FIFO queue every later message of the same room in the
 * batch is handed back too, unprocessed, so a room's events never overtake each other, while other rooms go on.
 * A private room's events go only to its participants and admins; other watchers stop watching it.
 */
public class RealtimeWorker extends MicronautRequestHandler<SQSEvent, SQSBatchResponse> {

    private static final Logger LOG = LoggerFactory.getLogger(RealtimeWorker.class);
    private static final String MESSAGE_GROUP = "MessageGroupId";
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    @Inject
    Broadcaster broadcaster;
    @Inject
    ParticipantStore participants;
    @Inject
    JsonMapper json;
    @Inject
    Connections connections;
    @Inject
    JwtSettings jwt;
    @Inject
    Clock clock;

    public RealtimeWorker() {
    }

    /** For tests: a worker in a context built elsewhere. */
    public RealtimeWorker(ApplicationContext context) {
        super(context);
    }

    @Override
    public SQSBatchResponse execute(SQSEvent event) {
        var failures = new ArrayList<SQSBatchResponse.BatchItemFailure>();
        List<SQSEvent.SQSMessage> records = event.getRecords() == null ? List.of() : event.getRecords();
        Set<String> heldBackRooms = new HashSet<>();
        for (SQSEvent.SQSMessage message : records) {
            Optional<String> group = FocusResources.ROOM_EVENTS.isSourceOf(message.getEventSourceArn())
                    ? Optional.of(groupOf(message)) : Optional.empty();
            if (group.isPresent() && heldBackRooms.contains(group.get())) {
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                continue;
            }
            try {
                handle(message);
            } catch (RuntimeException e) {
                LOG.error("Message {} from {} was not delivered everywhere; SQS will retry it: {}",
                        message.getMessageId(), message.getEventSourceArn(), e.getMessage());
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                group.ifPresent(heldBackRooms::add);
            }
        }
        return new SQSBatchResponse(failures);
    }

    private void handle(SQSEvent.SQSMessage message) {
        String source = message.getEventSourceArn();
        Delivery delivery;
        if (FocusResources.ROOM_EVENTS.isSourceOf(source)) {
            Optional<RoomEventBody> read = read(message, RoomEventBody.class);
            if (read.isEmpty()) {
                return;
            }
            RoomEventBody room = read.get();
            delivery = broadcaster.toRoom(room.roomId(), room.eventId(), room.type(), room.data(), mayWatch(room));
            LOG.info("{} #{} of room {}: {} delivered, {} gone, {} failed", room.type(), delivery.seq(), room.roomId(),
                    delivery.delivered(), delivery.gone().size(), delivery.failed().size());
        } else if (FocusResources.USER_STATUS.isSourceOf(source)) {
            read(message, AccountStatusBody.class).ifPresent(this::accountStatus);
            return;
        } else if (FocusResources.USER_PUSHES.isSourceOf(source)) {
            Optional<UserPushBody> read = read(message, UserPushBody.class);
            if (read.isEmpty()) {
                return;
            }
            UserPushBody push = read.get();
            delivery = broadcaster.toUser(push.userId(), push.eventId(), push.type(), push.data());
            LOG.info("{} for user {}: {} delivered, {} gone, {} failed", push.type(), push.userId(),
                    delivery.delivered(), delivery.gone().size(), delivery.failed().size());
        } else {
            throw new IllegalArgumentException("realtime-worker consumes no queue " + source);
        }
        if (!delivery.complete()) {
            throw new IllegalStateException(delivery.failed().size() + " connection(s) not reached: " + delivery.failed());
        }
    }

    /**
     * A suspended user's connections end now, and new ones are refused while an access token issued before the
     * suspension may still be valid; a reinstated user may connect again at once.
     */
    private void accountStatus(AccountStatusBody account) {
        if (account.suspended()) {
            connections.block(account.userId(), clock.instant().plus(jwt.getAccessTokenTtl()).plus(CLOCK_SKEW));
            int closed = broadcaster.disconnectUser(account.userId());
            LOG.info("User {} suspended: {} connection(s) closed, new ones refused", account.userId(), closed);
        } else {
            connections.unblock(account.userId());
            LOG.info("User {} reinstated: may connect again", account.userId());
        }
    }

    /** Public rooms: everyone who subscribed. Private rooms: their participants and admins, as of now. */
    private Predicate<Watcher> mayWatch(RoomEventBody event) {
        if (!event.forParticipantsOnly()) {
            return watcher -> true;
        }
        Set<String> members = participants.inRoom(event.roomId()).stream().map(Participant::userId)
                .collect(Collectors.toSet());
        return watcher -> members.contains(watcher.userId()) || watcher.roles().contains(Caller.ADMIN);
    }

    /** A body no consumer can read will not become readable by retrying: it is logged and dropped. */
    private <T> Optional<T> read(SQSEvent.SQSMessage message, Class<T> type) {
        try {
            T body = json.readValue(message.getBody(), type);
            if (body == null) {
                throw new IOException("empty body");
            }
            return Optional.of(body);
        } catch (IOException | RuntimeException e) {
            LOG.error("Message {} from {} is not a {} and is dropped: {} ({})", message.getMessageId(),
                    message.getEventSourceArn(), type.getSimpleName(), message.getBody(), e.getMessage());
            return Optional.empty();
        }
    }

    /** The FIFO message group: the room. Without the attribute, the whole batch counts as one group. */
    private static String groupOf(SQSEvent.SQSMessage message) {
        return message.getAttributes() == null ? "" : message.getAttributes().getOrDefault(MESSAGE_GROUP, "");
    }
}
