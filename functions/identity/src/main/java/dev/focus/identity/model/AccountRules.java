package dev.focus.identity.model;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The rules account fields follow. Each check answers the problem with the value, or empty when it is fine. */
public final class AccountRules {

    public static final int MIN_PASSWORD_LENGTH = 10;
    public static final int MAX_PASSWORD_BYTES = 72;
    public static final int MAX_BIO_LENGTH = 500;
    public static final int MAX_AVATAR_URL_LENGTH = 2048;

    /** Published as they are in the OpenAPI document, so a client can check before it sends. */
    public static final String USERNAME_PATTERN = "^[A-Za-z0-9_.]{3,32}$";
    public static final String EMAIL_PATTERN = "^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$";
    public static final String AVATAR_URL_PATTERN = "^(https?://[^\\s/?#]+([/?#]\\S*)?)?$";

    private static final Pattern USERNAME = Pattern.compile(USERNAME_PATTERN);
    private static final Pattern EMAIL = Pattern.compile(EMAIL_PATTERN);

    private AccountRules() {
    }

    public static String normalizeEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    public static Optional<String> checkEmail(String email) {
        return email != null && email.length() <= 254 && EMAIL.matcher(email.trim()).matches()
                ? Optional.empty() : Optional.of("must be a valid email address");
    }

    public static Optional<String> checkUsername(String username) {
        return username != null && USERNAME.matcher(username).matches()
                ? Optional.empty() : Optional.of("must be 3 to 32 letters, digits, '_' or '.'");
    }

    public static Optional<String> checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            return Optional.of("must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return Optional.of("must be at most " + MAX_PASSWORD_BYTES + " bytes");
        }
        return Optional.empty();
    }

    public static Optional<String> checkBio(String bio) {
        return bio.length() <= MAX_BIO_LENGTH ? Optional.empty() : Optional.of("must be at most " + MAX_BIO_LENGTH + " characters");
    }

    public static Optional<String> checkAvatarUrl(String url) {
        if (url.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(url);
            boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
            return web && uri.getHost() != null && url.length() <= MAX_AVATAR_URL_LENGTH
                    ? Optional.empty() : Optional.of("must be an http(s) URL");
        } catch (IllegalArgumentException e) {
            return Optional.of("must be an http(s) URL");
        }
    }

    /** IANA zone names only ("Europe/Paris", "UTC"), not raw offsets. */
    public static Optional<String> checkTimezone(String zone) {
        return ZoneId.getAvailableZoneIds().contains(zone) ? Optional.empty() : Optional.of("must be an IANA time zone such as Europe/Paris");
    }
}
