package dev.focus.infra;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

import software.constructs.Node;

/**
 * What differs between stages, read from CDK context ({@code -c key=value} or cdk.json):
 * {@code stage}, {@code emailDomain}, {@code emailFrom}, {@code webBaseUrl}, {@code googleClientId},
 * {@code adminEmails} (comma-separated), {@code natGateways}, {@code alarmEmail}, {@code apiRateLimit}, {@code apiBurstLimit}.
 */
public record StageConfig(String stage, String emailDomain, String emailFrom, String webBaseUrl,
                          String googleClientId, String adminEmails, int natGateways, Optional<String> alarmEmail,
                          int apiRateLimit, int apiBurstLimit) {

    public static final String DEFAULT_STAGE = "dev";
    public static final String GOOGLE_JWKS_URL = "https://www.googleapis.com/oauth2/v3/certs";

    private static final Pattern STAGE = Pattern.compile("[a-z][a-z0-9]{0,11}");
    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}");

    public StageConfig {
        if (stage == null || !STAGE.matcher(stage).matches()) {
            throw new IllegalArgumentException("stage must be 1 to 12 lowercase letters or digits, starting with a letter: " + stage);
        }
        if (emailDomain == null || !DOMAIN.matcher(emailDomain).matches()) {
            throw new IllegalArgumentException("emailDomain must be a domain name such as focus.example.org (-c emailDomain=...): " + emailDomain);
        }
        if (emailFrom == null || !emailFrom.endsWith("@" + emailDomain)) {
            throw new IllegalArgumentException("emailFrom must be an address at " + emailDomain + ": " + emailFrom);
        }
        if (webBaseUrl == null || !webBaseUrl.startsWith("https://") && !webBaseUrl.startsWith("http://localhost")) {
            throw new IllegalArgumentException("webBaseUrl must be an https:// URL (-c webBaseUrl=...): " + webBaseUrl);
        }
        URI.create(webBaseUrl);
        googleClientId = googleClientId == null ? "" : googleClientId;
        adminEmails = adminEmails == null ? "" : adminEmails.replace(" ", "");
        if (natGateways < 0 || natGateways > 2) {
            throw new IllegalArgumentException("natGateways must be 0, 1 or 2: " + natGateways);
        }
        alarmEmail = alarmEmail == null ? Optional.empty() : alarmEmail;
        if (apiRateLimit < 1 || apiBurstLimit < 1) {
            throw new IllegalArgumentException("apiRateLimit and apiBurstLimit must be positive");
        }
        if (stage.equals("prod") && (emailDomain.endsWith("example.com") || emailDomain.endsWith("example.org"))) {
            throw new IllegalArgumentException("stage prod needs a real emailDomain, not " + emailDomain);
        }
    }

    /** Reads every value from the CDK context; {@code stage} defaults to {@value #DEFAULT_STAGE}. */
    public static StageConfig fromContext(Node node) {
        String stage = text(node, "stage").orElse(DEFAULT_STAGE);
        String domain = text(node, "emailDomain").orElseThrow(() -> new IllegalArgumentException(
                "missing context emailDomain: pass -c emailDomain=your.domain (see infra-cdk/README.md)"));
        String webBaseUrl = text(node, "webBaseUrl").orElseThrow(() -> new IllegalArgumentException(
                "missing context webBaseUrl: pass -c webBaseUrl=https://app.your.domain (see infra-cdk/README.md)"));
        return new StageConfig(stage, domain, text(node, "emailFrom").orElse("no-reply@" + domain), webBaseUrl,
                text(node, "googleClientId").orElse(""),
                text(node, "adminEmails").orElse(""),
                number(node, "natGateways", 0),
                text(node, "alarmEmail"),
                number(node, "apiRateLimit", stage.equals("prod") ? 500 : 50),
                number(node, "apiBurstLimit", stage.equals("prod") ? 1000 : 100));
    }

    public boolean production() {
        return stage.equals("prod");
    }

    private static Optional<String> text(Node node, String key) {
        return Optional.ofNullable(node.tryGetContext(key)).map(String::valueOf).map(String::strip)
                .filter(value -> !value.isEmpty());
    }

    private static int number(Node node, String key, int fallback) {
        return text(node, key).map(value -> {
            try {
                return (int) Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("context " + key + " must be a number: " + value, e);
            }
        }).orElse(fallback);
    }
}
