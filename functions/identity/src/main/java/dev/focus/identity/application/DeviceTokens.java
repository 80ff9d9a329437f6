package dev.focus.identity.application;

import dev.focus.identity.model.DeviceToken;

import java.time.Instant;
import java.util.Optional;

public interface DeviceTokens {

    void insert(DeviceToken token);

    Optional<DeviceToken> byHash(String tokenHash);

    void delete(String id);

    void deleteExpiredOf(String userId, Instant now);

    void deleteAllOf(String userId);
}
