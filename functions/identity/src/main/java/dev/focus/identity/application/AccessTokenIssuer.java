package dev.focus.identity.application;

import dev.focus.identity.model.User;

public interface AccessTokenIssuer {

    AccessGrant issue(User user);

    record AccessGrant(String token, long expiresInSeconds) {
    }
}
