package dev.focus.broadcast;

import java.util.List;

/**
 * What a broadcast did: how many connections got the message, which were gone (and are forgotten now), and which
 * could not be reached even after retries. {@code seq} is the room event's number (0 for a per-user message).
 */
public record Delivery(long seq, int delivered, List<String> gone, List<String> failed) {

    public Delivery {
        gone = List.copyOf(gone);
        failed = List.copyOf(failed);
    }

    public boolean complete() {
        return failed.isEmpty();
    }
}
