package dev.focus.localstack;

import java.util.Set;

/** How a function handled a batch, read from its partial batch response as Lambda reads it. */
sealed interface BatchOutcome {

    /** Delete every message. */
    record AllSucceeded() implements BatchOutcome {
    }

    /** Delete all but these; they come back after the visibility timeout. */
    record SomeFailed(Set<String> messageIds) implements BatchOutcome {

        public SomeFailed {
            messageIds = Set.copyOf(messageIds);
        }
    }

    /** Delete nothing: the whole batch comes back after the visibility timeout. */
    record AllFailed(String reason) implements BatchOutcome {
    }
}
