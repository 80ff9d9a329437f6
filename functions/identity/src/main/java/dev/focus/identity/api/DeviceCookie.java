package dev.focus.identity.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.servlet.http.ServletHttpRequest;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The device token as a cookie: only for the sign-in routes (Path=/api/v1/auth), never readable by scripts, never
 * sent over plain HTTP or by another site. Payload 2.0 events carry cookies in {@code cookies}, not in a Cookie
 * header, so they are read from the event.
 */
final class DeviceCookie {

    static final String NAME = "device_token";

    private DeviceCookie() {
    }

    /** The body's device_token when given (mobile clients), else the cookie's. */
    static Optional<String> of(HttpRequest<?> request, String fromBody) {
        if (fromBody != null && !fromBody.isBlank()) {
            return Optional.of(fromBody);
        }
        return cookies(request).stream()
                .filter(cookie -> cookie.startsWith(NAME + "="))
                .map(cookie -> cookie.substring(NAME.length() + 1).trim())
                .filter(value -> !value.isEmpty())
                .findFirst();
    }

    static <T> MutableHttpResponse<T> set(T body, String deviceToken, Duration validity) {
        return HttpResponse.ok(body).cookie(Cookie.of(NAME, deviceToken)
                .path("/api/v1/auth")
                .maxAge(validity)
                .httpOnly(true)
                .secure(true)
                .sameSite(SameSite.Strict));
    }

    private static List<String> cookies(HttpRequest<?> request) {
        if (request instanceof ServletHttpRequest<?, ?> servlet
                && servlet.getNativeRequest() instanceof APIGatewayV2HTTPEvent event && event.getCookies() != null) {
            return event.getCookies();
        }
        return request.getCookies().findCookie(NAME).map(cookie -> List.of(NAME + "=" + cookie.getValue())).orElse(List.of());
    }
}
