package dev.focus.rooms.adapter;

import dev.focus.messaging.MessagingFailure;
import dev.focus.rooms.application.EmptyRoomTriggers;
import dev.focus.rooms.application.EmptyRoomWakeUp;
import dev.focus.rooms.application.TimerTriggers;
import dev.focus.rooms.application.WakeUp;
import io.micronaut.json.JsonMapper;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Wake-ups as SQS messages delayed to their time, on the timer-triggers queue: phase ends ({@link WakeUpMessage})
 * and the ends of empty rooms' graces ({@link EmptyRoomWakeUpMessage}). SQS delays by whole seconds and at most
 * 15 minutes: the delay is rounded down (the worker waits out the last second itself) and a later wake-up is
 * re-queued when it arrives.
 */
final class SqsTimerTriggers implements TimerTriggers, EmptyRoomTriggers {

    static final Duration MAX_DELAY = Duration.ofMinutes(15);

    private final Supplier<SqsClient> sqs;
    private final String queueUrl;
    private final JsonMapper json;
    private final Clock clock;

    SqsTimerTriggers(Supplier<SqsClient> sqs, String queueUrl, JsonMapper json, Clock clock) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void schedule(List<WakeUp> wakeUps) {
        send(wakeUps.stream().map(wakeUp -> entry(WakeUpMessage.of(wakeUp), delaySeconds(wakeUp.fireAt()))).toList());
    }

    @Override
    public void retry(WakeUp wakeUp, Duration after) {
        send(List.of(entry(WakeUpMessage.of(wakeUp), (int) Math.max(0, Math.min(MAX_DELAY.toSeconds(), after.toSeconds())))));
    }

    @Override
    public void schedule(EmptyRoomWakeUp wakeUp) {
        send(List.of(entry(EmptyRoomWakeUpMessage.of(wakeUp), delaySeconds(wakeUp.fireAt()))));
    }

    private SendMessageBatchRequestEntry.Builder entry(Object message, int delaySeconds) {
        return SendMessageBatchRequestEntry.builder().delaySeconds(delaySeconds).messageBody(body(message));
    }

    private void send(List<SendMessageBatchRequestEntry.Builder> unsent) {
        var entries = new ArrayList<SendMessageBatchRequestEntry>();
        for (var entry : unsent) {
            entries.add(entry.id(Integer.toString(entries.size())).build());
        }
        SendMessageBatchResponse response;
        try {
            response = sqs.get().sendMessageBatch(b -> b.queueUrl(queueUrl).entries(entries));
        } catch (SdkException e) {
            throw new MessagingFailure("The timer-triggers queue did not accept " + entries.size() + " wake-up(s)", e);
        }
        if (response.hasFailed() && !response.failed().isEmpty()) {
            throw new MessagingFailure("The timer-triggers queue refused wake-ups: " + response.failed(), null);
        }
    }

    int delaySeconds(Instant fireAt) {
        long seconds = Duration.between(clock.instant(), fireAt).toSeconds();
        return (int) Math.max(0, Math.min(MAX_DELAY.toSeconds(), seconds));
    }

    private String body(Object message) {
        try {
            return json.writeValueAsString(message);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serialise a wake-up", e);
        }
    }
}
