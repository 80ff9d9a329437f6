package dev.focus.broadcast;

/** How a request to watch a room ended. */
public enum Subscription {
    /** The connection now receives the room's events (also when it already did). */
    WATCHING,
    /** The connection is gone (closed, or past API Gateway's two-hour limit). */
    NO_CONNECTION,
    /** The connection already watches {@link Connections#MAX_ROOMS_PER_CONNECTION} rooms. */
    TOO_MANY_ROOMS
}
