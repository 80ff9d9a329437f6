package dev.focus.localstack;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the local WebSocket API closes a connection on its own: after {@code idleTimeout} without a message in
 * either direction, and {@code maxDuration} after it opened, whatever happens. AWS's values are fixed (10 minutes,
 * 2 hours); locally they can be shortened, so a client's reconnect logic can be tried without waiting hours.
 */
public record WebSocketLimits(Duration idleTimeout, Duration maxDuration) {

    public static final WebSocketLimits AWS = new WebSocketLimits(Duration.ofMinutes(10), Duration.ofHours(2));

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    public WebSocketLimits {
        if (idleTimeout.isNegative() || idleTimeout.isZero() || maxDuration.isNegative() || maxDuration.isZero()) {
            throw new IllegalArgumentException("WebSocket limits must be positive: " + idleTimeout + ", " + maxDuration);
        }
    }

    /** {@code 500ms}, {@code 30s}, {@code 10m} or {@code 2h}; {@code source} names the flag or variable in the error. */
    static Duration parseDuration(String value, String source) {
        Matcher matcher = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
            throw new IllegalArgumentException(source + " must be a positive duration such as 90s, 10m or 2h, not " + value);
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }
}
