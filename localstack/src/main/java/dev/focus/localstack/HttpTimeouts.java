package dev.focus.localstack;

import java.time.Duration;

/**
 * When the local gateway gives up on an HTTP connection: {@code requestTimeout} after the last byte of a request
 * that is still incomplete (a Content-Length larger than the body sent, headers never finished), answered 400
 * {@code REQUEST_TIMEOUT} before the connection closes; {@code idleTimeout} for a keep-alive connection with no
 * request in progress, closed without a word. Neither runs while a function works on a request.
 */
public record HttpTimeouts(Duration requestTimeout, Duration idleTimeout) {

    public static final HttpTimeouts DEFAULT = new HttpTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(60));

    public HttpTimeouts {
        if (requestTimeout.isNegative() || requestTimeout.isZero() || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("HTTP timeouts must be positive: " + requestTimeout + ", " + idleTimeout);
        }
    }
}
