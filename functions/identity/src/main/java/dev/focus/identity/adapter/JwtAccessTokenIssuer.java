package dev.focus.identity.adapter;

import dev.focus.identity.application.AccessTokenIssuer;
import dev.focus.identity.model.Role;
import dev.focus.identity.model.User;
import dev.focus.security.AccessTokens;
import dev.focus.security.Caller;
import dev.focus.security.IssuedAccessToken;

import java.util.List;

/** ADMIN tokens carry both roles, so "USER" routes need not list ADMIN as well. */
final class JwtAccessTokenIssuer implements AccessTokenIssuer {

    private final AccessTokens tokens;

    JwtAccessTokenIssuer(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public AccessGrant issue(User user) {
        List<String> roles = user.role() == Role.ADMIN ? List.of(Caller.USER, Caller.ADMIN) : List.of(Caller.USER);
        IssuedAccessToken issued = tokens.issue(user.id(), user.username(), roles);
        return new AccessGrant(issued.token(), issued.expiresInSeconds());
    }
}
