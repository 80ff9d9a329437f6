package dev.focus.rooms.adapter;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.focus.resources.FocusResources;
import dev.focus.rooms.application.EmptyRooms;
import dev.focus.rooms.application.Membership;
import dev.focus.rooms.application.PhaseEnds;
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
 * The rooms context's SQS consumer (function rooms-worker): phase-end and empty-room wake-ups from timer-triggers
 * and account deletions from user-events. Each message is handled on its own; the ones that fail are reported as
 * batch item failures, so SQS retries only those and, after the queue's maxReceiveCount, moves them to its
 * dead-letter queue.
 */
public class RoomsWorker extends MicronautRequestHandler<SQSEvent, SQSBatchResponse> {

    private static final Logger LOG = LoggerFactory.getLogger(RoomsWorker.class);

    @Inject
    PhaseEnds phaseEnds;
    @Inject
    EmptyRooms emptyRooms;
    @Inject
    Membership membership;
    @Inject
    JsonMapper json;

    public RoomsWorker() {
    }

    /** For tests: a worker in a context built elsewhere. */
    public RoomsWorker(ApplicationContext context) {
        super(context);
    }

    @Override
    public SQSBatchResponse execute(SQSEvent event) {
        Capacity.reset();
        var failures = new ArrayList<SQSBatchResponse.BatchItemFailure>();
        List<SQSEvent.SQSMessage> records = event.getRecords() == null ? List.of() : event.getRecords();
        for (SQSEvent.SQSMessage message : records) {
            try {
                handle(message);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            } catch (IOException | RuntimeException e) {
                LOG.error("Message {} from {} failed; SQS will retry it", message.getMessageId(), message.getEventSourceArn(), e);
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        double[] units = Capacity.consumed();
        LOG.info("Handled {} message(s), {} failed, DynamoDB capacity read {} write {}", records.size(), failures.size(),
                units[0], units[1]);
        return new SQSBatchResponse(failures);
    }

    private void handle(SQSEvent.SQSMessage message) throws IOException, InterruptedException {
        String source = message.getEventSourceArn();
        if (FocusResources.TIMER_TRIGGERS.isSourceOf(source)) {
            String body = message.getBody();
            if (json.readValue(body, EmptyRoomWakeUpMessage.Kind.class).isEmptyRoom()) {
                emptyRooms.wakeUp(json.readValue(body, EmptyRoomWakeUpMessage.class).wakeUp());
            } else {
                phaseEnds.wakeUp(json.readValue(body, WakeUpMessage.class).wakeUp());
            }
        } else if (FocusResources.USER_EVENTS.isSourceOf(source)) {
            AccountEventMessage account = json.readValue(message.getBody(), AccountEventMessage.class);
            if (AccountEventMessage.USER_DELETED.equals(account.eventType())) {
                membership.removeUser(account.userId());
            }
        } else {
            throw new IllegalArgumentException("rooms-worker consumes no queue " + source);
        }
    }
}
