package dev.focus.broadcast;

/** Sends one message to one WebSocket connection (on AWS: the Management API's {@code POST @connections/{id}}). */
public interface Poster {

    enum Outcome {
        DELIVERED,
        /** 410: the connection is closed; forget it. */
        GONE,
        /** 429: API Gateway's account limits; worth another try after a pause. */
        THROTTLED,
        /** Anything else (a 5xx, a network error, a payload too large). */
        FAILED
    }

    Outcome post(String connectionId, byte[] message);
}
