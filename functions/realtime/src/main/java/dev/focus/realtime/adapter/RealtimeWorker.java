package dev.focus.realtime.adapter;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.focus.broadcast.Broadcaster;
import dev.focus.broadcast.Delivery;
import dev.focus.resources.FocusResources;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Posts what the queues carry to the WebSocket connections (function realtime-worker): room events from the
 * room-events FIFO queue to everyone watching the room, per-user pushes from user-pushes to each of the user's
 * connections. A message whose posts did not all arrive (after the broadcaster's retries) is handed back to SQS and
 * broadcast again later with the same {@code seq}; on the FIFO queue every message after it in the batch is handed
 * back too, unprocessed, so a room's events never overtake each other.
 */
public class RealtimeWorker extends MicronautRequestHandler<SQSEvent, SQSBatchResponse> {

    private static final Logger LOG = LoggerFactory.getLogger(RealtimeWorker.class);

    @Inject
    Broadcaster broadcaster;
    @Inject
    JsonMapper json;

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
        boolean failedInOrder = false;
        for (SQSEvent.SQSMessage message : records) {
            boolean ordered = FocusResources.ROOM_EVENTS.isSourceOf(message.getEventSourceArn());
            if (failedInOrder && ordered) {
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                continue;
            }
            try {
                handle(message);
            } catch (IOException | RuntimeException e) {
                LOG.error("Message {} from {} was not delivered everywhere; SQS will retry it: {}",
                        message.getMessageId(), message.getEventSourceArn(), e.getMessage());
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                failedInOrder |= ordered;
            }
        }
        return new SQSBatchResponse(failures);
    }

    private void handle(SQSEvent.SQSMessage message) throws IOException {
        String source = message.getEventSourceArn();
        Delivery delivery;
        if (FocusResources.ROOM_EVENTS.isSourceOf(source)) {
            RoomEventBody room = json.readValue(message.getBody(), RoomEventBody.class);
            delivery = broadcaster.toRoom(room.roomId(), room.eventId(), room.type(), room.data());
            LOG.info("{} #{} of room {}: {} delivered, {} gone, {} failed", room.type(), delivery.seq(), room.roomId(),
                    delivery.delivered(), delivery.gone().size(), delivery.failed().size());
        } else if (FocusResources.USER_PUSHES.isSourceOf(source)) {
            UserPushBody push = json.readValue(message.getBody(), UserPushBody.class);
            delivery = broadcaster.toUser(push.userId(), push.type(), push.data());
            LOG.info("{} for user {}: {} delivered, {} gone, {} failed", push.type(), push.userId(),
                    delivery.delivered(), delivery.gone().size(), delivery.failed().size());
        } else {
            throw new IllegalArgumentException("realtime-worker consumes no queue " + source);
        }
        if (!delivery.complete()) {
            throw new IllegalStateException(delivery.failed().size() + " connection(s) not reached: " + delivery.failed());
        }
    }
}
