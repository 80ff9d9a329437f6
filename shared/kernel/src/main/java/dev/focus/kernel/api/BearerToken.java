package dev.focus.kernel.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a client whose request was refused with 401 whether its bearer token merely expired, so it knows to
 * refresh rather than sign in again. Only a hint for the error code: the token was already refused by the
 * security filter, and its claims are read here without trusting them for anything else.
 */
final class BearerToken {

    private static final Pattern EXPIRY = Pattern.compile("\"exp\"\\s*:\\s*(\\d{1,12})");

    private BearerToken() {
    }

    static boolean expired(HttpRequest<?> request, Clock clock) {
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        String[] parts = authorization.substring(7).trim().split("\\.");
        if (parts.length != 3) {
            return false;
        }
        try {
            String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            Matcher expiry = EXPIRY.matcher(claims);
            return expiry.find() && Long.parseLong(expiry.group(1)) <= clock.instant().getEpochSecond();
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
