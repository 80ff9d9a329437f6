package dev.focus.bench;

import dev.focus.emulators.ApiGatewayHttpEvents;
import dev.focus.emulators.LocalCloud;
import dev.focus.resources.Setting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The identity function against real local emulators: one registered user whose login is measured, plus the
 * settings that point the function at this process's {@link LocalCloud}.
 */
final class IdentityScenario implements AutoCloseable {

    static final String REGISTER = "/api/v1/auth/register";
    static final String LOGIN = "/api/v1/auth/login";
    static final String ME = "/api/v1/auth/me";
    static final String PROFILE = "/api/v1/users/me";

    private final LocalCloud cloud;
    private final boolean ownsCloud;
    private final String username = "bench" + UUID.randomUUID().toString().substring(0, 8);
    private final String email = username + "@focus.local";
    private final String password = "correct horse battery staple";

    private IdentityScenario(LocalCloud cloud, boolean ownsCloud) {
        this.cloud = cloud;
        this.ownsCloud = ownsCloud;
    }

    /** With a cloud of its own, stopped by {@link #close()}. */
    static IdentityScenario start() {
        return new IdentityScenario(LocalCloud.start(LocalCloud.Options.inMemory()), true);
    }

    /** On a cloud that other functions share; whoever started it stops it. */
    static IdentityScenario on(LocalCloud cloud) {
        return new IdentityScenario(cloud, false);
    }

    /** What the function reads: the emulators' endpoints plus the secrets a local stack would give it. */
    Map<String, String> settings() {
        var settings = new LinkedHashMap<>(cloud.settings());
        settings.put(Setting.JWT_SECRET.property(), "bench-only-secret-bench-only-secret-bench-only-secret-0123456789");
        settings.put(Setting.EMAIL_FROM.property(), "no-reply@focus.local");
        settings.put(Setting.WEB_BASE_URL.property(), "http://localhost:8080");
        settings.put(Setting.GOOGLE_JWKS_URL.property(), "http://127.0.0.1:9/unused-jwks");
        settings.put(Setting.GOOGLE_CLIENT_ID.property(), "bench");
        return settings;
    }

    String registerEvent() {
        return ApiGatewayHttpEvents.post(REGISTER, "{\"email\":\"" + email + "\",\"username\":\"" + username
                + "\",\"password\":\"" + password + "\"}");
    }

    String loginEvent() {
        return ApiGatewayHttpEvents.post(LOGIN, "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    /** Answered before any database access: no token, 401. */
    String meWithoutTokenEvent() {
        return ApiGatewayHttpEvents.get(ME);
    }

    /** The access token of a login's answer. */
    static String accessTokenIn(String loginAnswer) {
        var matcher = java.util.regex.Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(loginAnswer);
        if (!matcher.find()) {
            throw new IllegalStateException("no access_token in the login answer: " + loginAnswer);
        }
        return matcher.group(1);
    }

    String profileEvent(String accessToken) {
        return ApiGatewayHttpEvents.get(PROFILE, Map.of("authorization", "Bearer " + accessToken));
    }

    @Override
    public void close() {
        if (ownsCloud) {
            cloud.close();
        }
    }
}
