package dev.focus.identity.application;

import dev.focus.identity.model.RefreshToken;
import dev.focus.identity.model.User;
import dev.focus.security.OpaqueTokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Hands out token pairs: a new refresh-token family per sign-in, the same family on every refresh. */
public final class Sessions {

    private final RefreshTokens refreshTokens;
    private final AccessTokenIssuer accessTokens;
    private final Ids ids;
    private final Clock clock;
    private final Duration refreshTokenTtl;

    public Sessions(RefreshTokens refreshTokens, AccessTokenIssuer accessTokens, Ids ids, Clock clock,
                    Duration refreshTokenTtl) {
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.ids = ids;
        this.clock = clock;
        this.refreshTokenTtl = refreshTokenTtl;
    }

    /** Revokes every refresh token of the user: every session ends at its next refresh. */
    public void endAll(String userId, Instant now) {
        refreshTokens.revokeAllOf(userId, now);
    }

    public TokenPair start(User user) {
        return issue(user, ids.next());
    }

    public TokenPair continueFamily(User user, String familyId) {
        return issue(user, familyId);
    }

    private TokenPair issue(User user, String familyId) {
        Instant now = clock.instant();
        String refreshToken = OpaqueTokens.newToken();
        refreshTokens.insert(new RefreshToken(ids.next(), familyId, user.id(), OpaqueTokens.hash(refreshToken), now,
                now.plus(refreshTokenTtl), Optional.empty(), Optional.empty()));
        AccessTokenIssuer.AccessGrant grant = accessTokens.issue(user);
        return new TokenPair(grant.token(), refreshToken, grant.expiresInSeconds());
    }
}
