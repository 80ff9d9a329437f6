package dev.focus.identity.application;

import dev.focus.identity.model.AccountRules;
import dev.focus.identity.model.AuditAction;
import dev.focus.identity.model.DeviceToken;
import dev.focus.identity.model.RefreshToken;
import dev.focus.identity.model.User;
import dev.focus.security.OpaqueTokens;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Password sign-in, token refresh and sign-out. */
public final class SignIn {

    private final Users users;
    private final RefreshTokens refreshTokens;
    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final TrustedDevices devices;
    private final Sessions sessions;
    private final Audit audit;
    private final Transactions transactions;
    private final Clock clock;

    public SignIn(Users users, RefreshTokens refreshTokens, Passwords passwords, LoginThrottle throttle,
                  TrustedDevices devices, Sessions sessions, Audit audit, Transactions transactions, Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.passwords = passwords;
        this.throttle = throttle;
        this.devices = devices;
        this.sessions = sessions;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * {@code identifier} is an email address or a username; {@code deviceToken} is what the client kept from an
     * earlier sign-in, if anything. The attempt is admitted (counted) in one short transaction, the password is
     * checked outside any, and a success is completed in a second transaction.
     */
    public LoginResult login(String identifier, String password, Optional<String> clientIp,
                             Optional<String> deviceToken) {
        Admitting admitting = transactions.inTransaction(() -> {
            Optional<User> user = identifier.contains("@")
                    ? users.byEmail(AccountRules.normalizeEmail(identifier))
                    : users.byUsername(identifier);
            Optional<DeviceToken> device = user.flatMap(u -> devices.recognise(u.id(), deviceToken));
            String accountKey = accountKey(identifier);
            LoginAttempt attempt = device
                    .<LoginAttempt>map(d -> new LoginAttempt.FromTrustedDevice(accountKey, d.id(), clientIp))
                    .orElseGet(() -> new LoginAttempt.Untrusted(accountKey, clientIp));
            LoginThrottle.Admission admission = throttle.admit(attempt);
            if (admission instanceof LoginThrottle.Admission.Refused) {
                audit.record(AuditAction.LOGIN_THROTTLED, Optional.empty(), user.map(User::id), identifier, clientIp);
            }
            return new Admitting(user, device, admission);
        });
        return switch (admitting.admission()) {
            case LoginThrottle.Admission.Refused refused -> new LoginResult.Throttled(refused.retryAfterSeconds());
            case LoginThrottle.Admission.Admitted admitted -> checked(admitting, admitted, identifier, password, clientIp);
        };
    }

    private LoginResult checked(Admitting admitting, LoginThrottle.Admission.Admitted admitted, String identifier,
                                String password, Optional<String> clientIp) {
        Optional<User> user = admitting.user();
        boolean matches = user.flatMap(User::passwordHash)
                .map(hash -> passwords.matches(password, hash))
                .orElseGet(() -> passwords.matchesNothing(password));
        if (!matches) {
            audit.record(AuditAction.LOGIN_FAILED, Optional.empty(), user.map(User::id), identifier, clientIp);
            return new LoginResult.InvalidCredentials();
        }
        return transactions.inTransaction(() -> {
            // the password checked must still be the account's: a change in between makes it a failure
            Optional<User> current = users.lockById(user.get().id())
                    .filter(u -> u.passwordHash().equals(user.get().passwordHash()));
            if (current.isEmpty()) {
                audit.record(AuditAction.LOGIN_FAILED, Optional.empty(), user.map(User::id), identifier, clientIp);
                return new LoginResult.InvalidCredentials();
            }
            User account = current.get();
            if (account.suspended()) {
                throttle.withdraw(admitted);
                audit.bySelf(AuditAction.LOGIN_REFUSED_SUSPENDED, account.id(), "password", clientIp);
                return new LoginResult.Suspended();
            }
            throttle.succeeded(admitted);
            audit.bySelf(AuditAction.LOGIN_SUCCEEDED, account.id(), "password", clientIp);
            return new LoginResult.SignedIn(account, sessions.start(account),
                    devices.issue(account.id(), admitting.device()));
        });
    }

    public RefreshResult refresh(String refreshToken, Optional<String> clientIp) {
        return transactions.inTransaction(() -> {
            Optional<RefreshToken> stored = refreshTokens.byHash(OpaqueTokens.hash(refreshToken));
            Optional<User> user = stored.flatMap(token -> users.lockById(token.userId()));
            if (user.isEmpty()) {
                return new RefreshResult.InvalidToken();
            }
            // suspension also revokes every token; answering "suspended" first tells the client why
            if (user.get().suspended()) {
                return new RefreshResult.Suspended();
            }
            RefreshToken token = stored.get();
            if (token.revokedAt().isPresent()) {
                return new RefreshResult.InvalidToken();
            }
            Instant now = clock.instant();
            if (token.rotatedAt().isPresent()) {
                return reused(token, now, clientIp);
            }
            if (token.expiredAt(now)) {
                return new RefreshResult.Expired();
            }
            if (!refreshTokens.markRotated(token.id(), now)) {
                return reused(token, now, clientIp);
            }
            return new RefreshResult.Refreshed(sessions.continueFamily(user.get(), token.familyId()));
        });
    }

    /** Ends the session the refresh token belongs to; unknown tokens end nothing and say nothing. */
    public void logout(String refreshToken) {
        transactions.inTransaction(() -> {
            refreshTokens.byHash(OpaqueTokens.hash(refreshToken))
                    .ifPresent(token -> refreshTokens.revokeFamily(token.familyId(), clock.instant()));
            return null;
        });
    }

    public void logoutEverywhere(String userId, Optional<String> clientIp) {
        transactions.inTransaction(() -> {
            users.lockById(userId);
            refreshTokens.revokeAllOf(userId, clock.instant());
            audit.bySelf(AuditAction.LOGOUT_ALL, userId, "", clientIp);
            return null;
        });
    }

    /**
     * The per-account budget follows the identifier as typed, normalised, and never the account it names: keyed by
     * account, a lockout reached by email would show on the username (and on nothing else) exactly when both name one
     * account. So an account's email and its username each have their own budget.
     */
    static String accountKey(String identifier) {
        return identifier.contains("@")
                ? "email:" + AccountRules.normalizeEmail(identifier)
                : "username:" + identifier.trim().toLowerCase(Locale.ROOT);
    }

    private record Admitting(Optional<User> user, Optional<DeviceToken> device, LoginThrottle.Admission admission) {
    }

    private RefreshResult reused(RefreshToken token, Instant now, Optional<String> clientIp) {
        refreshTokens.revokeFamily(token.familyId(), now);
        audit.record(AuditAction.REFRESH_TOKEN_REUSED, Optional.empty(), Optional.of(token.userId()),
                "family " + token.familyId() + " revoked", clientIp);
        return new RefreshResult.Reused();
    }
}
