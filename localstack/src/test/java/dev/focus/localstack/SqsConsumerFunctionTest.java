package dev.focus.localstack;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.focus.lambda.host.IsolatedFunction;
import dev.focus.localstack.fixture.SqsBatchHandler;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.joda.time.DateTime;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event source feeding a real {@code RequestHandler<SQSEvent, SQSBatchResponse>} through the Lambda bridge,
 * in its own class loader, as the stack feeds the rooms worker.
 */
@Tag("emulators")
@DisplayName("A queue consumer function in its own jar")
class SqsConsumerFunctionTest {

    @Test
    @DisplayName("reads the batch as SQSEvent, and its partial batch response deletes all but the failed message")
    void aRealHandlerReportsAPartialFailure(@TempDir Path dir) throws Exception {
        // the function jar carries aws-lambda-java-events and its joda-time, as the rooms jar does; the bridge brings the rest
        var libraries = new HashMap<String, byte[]>(FixtureJars.libraryOf(SQSEvent.class));
        libraries.putAll(FixtureJars.libraryOf(DateTime.class));
        Path jar = FixtureJars.jarOf(dir, "sqs-consumer", libraries, SqsBatchHandler.class);
        var responses = new CopyOnWriteArrayList<String>();
        try (var queues = new LocalQueues();
             var function = IsolatedFunction.load(LocalQueues.CONSUMER, jar, SqsBatchHandler.class.getName())) {
            var queue = queues.create(60, 5, 10);
            try (var ignored = queues.feed(queue, event -> {
                String response = function.invoke(event);
                responses.add(response);
                return response;
            })) {
                List<String> ids = queues.send(queue, "ok", "fail: as asked");
                String failed = ids.get(1);

                Eventually.until(() -> responses.stream().anyMatch(r -> r.contains(failed)));
                Eventually.until(() -> queues.messagesIn(queue.url()) == 1);
                var json = new ObjectMapper();
                assertThat(responses).extracting(json::readTree).contains(json.readTree(
                        "{\"batchItemFailures\":[{\"itemIdentifier\":\"" + failed + "\"}]}"));
                assertThat(responses).noneMatch(r -> r.contains(ids.get(0)));
            }
        }
    }
}
