package dev.focus.rooms.application;

import com.github.f4b6a3.ulid.Ulid;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;

/**
 * A FocusSessionCompleted's id: a ULID whose time is the phase end and whose random part is a hash of room and
 * user, so a retried publication repeats the id and consumers can drop duplicates.
 */
final class SessionEventIds {

    private SessionEventIds() {
    }

    static String of(String roomId, String userId, Instant endedAt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((roomId + '\n' + userId + '\n' + endedAt.toEpochMilli()).getBytes(StandardCharsets.UTF_8));
            return new Ulid(endedAt.toEpochMilli(), Arrays.copyOf(digest, 10)).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
