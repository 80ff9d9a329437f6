package dev.focus.infra;

import java.util.HashSet;
import java.util.List;

import dev.focus.resources.FocusResources;
import dev.focus.resources.FunctionDefinition;
import dev.focus.resources.QueueDefinition;
import dev.focus.resources.TableDefinition;
import dev.focus.resources.WebSocketApi;

/**
 * The resources one CDK app deploys. {@link #focus()} is the real one, read from {@link FocusResources};
 * tests may build smaller or larger ones to exercise wiring Focus does not use yet.
 */
public record Blueprint(TableDefinition table, List<QueueDefinition> queues, List<FunctionDefinition> functions,
                        WebSocketApi webSocketApi) {

    static final int MAX_BATCH_WITHOUT_WINDOW = 10;

    public Blueprint {
        queues = List.copyOf(queues);
        functions = List.copyOf(functions);
        unique(queues.stream().map(QueueDefinition::name).toList(), "queue");
        unique(functions.stream().map(FunctionDefinition::name).toList(), "function");
        consumersCanRead(queues, functions);
        if (functions.stream().noneMatch(function -> function.name().equals(webSocketApi.function()))) {
            throw new IllegalArgumentException("the WebSocket API names handler " + webSocketApi.function()
                    + ", which is no function");
        }
    }

    public static Blueprint focus() {
        return new Blueprint(FocusResources.TABLE, FocusResources.queues(), FocusResources.functions(),
                FocusResources.WEBSOCKET_API);
    }

    private static void consumersCanRead(List<QueueDefinition> queues, List<FunctionDefinition> functions) {
        for (QueueDefinition queue : queues) {
            queue.consumer().ifPresent(consumer -> {
                FunctionDefinition function = functions.stream().filter(f -> f.name().equals(consumer)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(
                                "queue " + queue.name() + " names consumer " + consumer + ", which is no function"));
                // Lambda refuses an event source whose queue hides messages for less time than the function may run.
                if (queue.visibilityTimeoutSeconds() < function.timeoutSeconds()) {
                    throw new IllegalArgumentException("queue " + queue.name() + " has a visibility timeout of "
                            + queue.visibilityTimeoutSeconds() + " s, shorter than its consumer " + consumer
                            + "'s timeout of " + function.timeoutSeconds() + " s");
                }
                // Lambda takes more than 10 messages per batch only with a batching window, which the event
                // sources leave out so that delayed wake-ups are handled as soon as they become visible
                // (and which a FIFO queue does not allow at all).
                if (queue.batchSize() < 1 || queue.batchSize() > MAX_BATCH_WITHOUT_WINDOW) {
                    throw new IllegalArgumentException("queue " + queue.name() + " has a batch size of "
                            + queue.batchSize() + "; without a batching window Lambda takes 1 to "
                            + MAX_BATCH_WITHOUT_WINDOW + " messages per batch");
                }
            });
        }
    }

    private static void unique(List<String> names, String kind) {
        var seen = new HashSet<String>();
        for (String name : names) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException("two " + kind + "s are named " + name);
            }
        }
    }
}
