package dev.focus.localstack;

import dev.focus.resources.Setting;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The configuration the functions read, passed as JVM system properties before any function loads: Micronaut
 * reads them as it reads environment variables on AWS. Every function gets the same endpoint values, so one
 * JVM-wide set is enough; each function's own application.yml stays inside its jar. {@link #close()} puts the
 * previous values back, so a test can start several stacks one after another.
 */
final class FunctionSettings implements AutoCloseable {

    /** Signs tokens only on this machine; at least 32 bytes, as HS256 needs. */
    static final String LOCAL_JWT_SECRET = "focus-local-development-only-jwt-secret-not-for-aws";
    static final String LOCAL_EMAIL_FROM = "Focus <no-reply@focus.local>";
    static final String LOCAL_GOOGLE_CLIENT_ID = "focus-local-google-client-id";
    static final String LOCAL_GOOGLE_JWKS_PATH = "/_local/oauth/google/jwks.json";
    /** As many parallel posts per broadcast as a small Lambda would run; the local gateway answers them all. */
    static final String LOCAL_BROADCAST_CONCURRENCY = "16";
    /** As on AWS: a room nobody is in closes 10 minutes after the last participant left. */
    static final String LOCAL_EMPTY_ROOM_GRACE = "10m";

    private final Map<String, String> applied;
    private final Map<String, String> previous = new HashMap<>();

    private FunctionSettings(Map<String, String> applied) {
        this.applied = Map.copyOf(applied);
    }

    /** The emulators' settings plus the stack's own local values; warns about settings a function reads that nobody sets. */
    static Map<String, String> resolve(Map<String, String> emulatorSettings, String baseUrl, String webBaseUrl,
                                       List<Set<Setting>> needed) {
        var all = new LinkedHashMap<String, String>();
        all.put("micronaut.server.port", "-1");
        // on AWS each instance serves one request and keeps a pool of 2; here one instance serves them all at once
        all.put("datasources.default.maximum-pool-size", "10");
        all.put(Setting.JWT_SECRET.property(), LOCAL_JWT_SECRET);
        all.put(Setting.EMAIL_FROM.property(), LOCAL_EMAIL_FROM);
        all.put(Setting.WEB_BASE_URL.property(), webBaseUrl);
        all.put(Setting.GOOGLE_JWKS_URL.property(), baseUrl + LOCAL_GOOGLE_JWKS_PATH);
        all.put(Setting.GOOGLE_CLIENT_ID.property(), LOCAL_GOOGLE_CLIENT_ID);
        // the Management API (/@connections) is served on the stack's own port, without a stage in the path
        all.put(Setting.WEBSOCKET_ENDPOINT.property(), baseUrl);
        all.put(Setting.BROADCAST_CONCURRENCY.property(), LOCAL_BROADCAST_CONCURRENCY);
        all.put(Setting.EMPTY_ROOM_GRACE.property(), LOCAL_EMPTY_ROOM_GRACE);
        all.putAll(emulatorSettings);
        var missing = new TreeSet<String>();
        needed.forEach(settings -> settings.forEach(setting -> {
            if (!all.containsKey(setting.property())) {
                missing.add(setting.property());
            }
        }));
        if (!missing.isEmpty()) {
            // optional ones (e.g. a single AWS endpoint override) are fine unset; a required one fails in its function
            LoggerFactory.getLogger(FunctionSettings.class)
                    .warn("The local stack sets no value for these settings the functions read: {}", missing);
        }
        return all;
    }

    static FunctionSettings apply(Map<String, String> settings) {
        var applied = new FunctionSettings(settings);
        settings.forEach((property, value) -> {
            String old = System.setProperty(property, value);
            if (old != null) {
                applied.previous.put(property, old);
            }
        });
        return applied;
    }

    @Override
    public void close() {
        applied.keySet().forEach(property -> {
            String old = previous.get(property);
            if (old == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, old);
            }
        });
    }
}
