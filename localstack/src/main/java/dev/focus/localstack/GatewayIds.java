package dev.focus.localstack;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Ids shaped like API Gateway's WebSocket ids ({@code L0SM9cOFvHcCIhw=}): 11 random bytes in base64, 16 characters
 * ending in {@code =}, so code that stores or URL-encodes them meets the same shape as on AWS. Random, because
 * whoever knows a connection id can post to it.
 */
final class GatewayIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder();

    private GatewayIds() {
    }

    static String next() {
        var bytes = new byte[11];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }
}
