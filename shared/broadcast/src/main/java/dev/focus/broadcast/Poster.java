package dev.focus.broadcast;

/** Sends one message to one WebSocket connection (on AWS: the Management API's {@code POST @connections/{id}}). */
public interface Poster {

    enum Outcome {
        DELIVERED,
        /** 410: the connection is closed; forget it. */
        GONE,
        /** 429: API Gateway's account limits; worth another try after a pause. */
        THROTTLED,
        /** A 5xx or a network error: worth another try. */
        FAILED,
        /** 4xx other than 410 and 429 (e.g. 413 payload too large, 403): another try would fail the same way. */
        REJECTED
    }

    Outcome post(String connectionId, byte[] message);

    /** Closes the connection (the Management API's {@code DELETE @connections/{id}}); a gone one is no error. */
    void disconnect(String connectionId);
}
