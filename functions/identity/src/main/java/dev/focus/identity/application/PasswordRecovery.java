package dev.focus.identity.application;

import dev.focus.identity.model.AccountRules;
import dev.focus.identity.model.AuditAction;
import dev.focus.identity.model.EmailTokenPurpose;
import dev.focus.identity.model.User;
import dev.focus.security.OpaqueTokens;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Forgotten passwords (one-hour single-use links) and password changes; both end every session. */
public final class PasswordRecovery {

    private final Users users;
    private final EmailTokens emailTokens;
    private final RefreshTokens refreshTokens;
    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final Mailer mailer;
    private final Audit audit;
    private final Transactions transactions;
    private final Clock clock;

    public PasswordRecovery(Users users, EmailTokens emailTokens, RefreshTokens refreshTokens, Passwords passwords,
                            LoginThrottle throttle, Mailer mailer, Audit audit, Transactions transactions, Clock clock) {
        this.throttle = throttle;
        this.users = users;
        this.emailTokens = emailTokens;
        this.refreshTokens = refreshTokens;
        this.passwords = passwords;
        this.mailer = mailer;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Mails a reset link when the address has an account; the caller cannot tell either way. */
    public void forgot(String email, Optional<String> clientIp) {
        if (AccountRules.checkEmail(email).isPresent()) {
            return;
        }
        String token = OpaqueTokens.newToken();
        Optional<User> user = transactions.inTransaction(() -> {
            Optional<User> owner = users.byEmail(AccountRules.normalizeEmail(email));
            owner.ifPresent(u -> {
                emailTokens.discardAll(u.id(), EmailTokenPurpose.RESET_PASSWORD);
                emailTokens.insert(OpaqueTokens.hash(token), u.id(), EmailTokenPurpose.RESET_PASSWORD,
                        clock.instant().plus(EmailTokenPurpose.RESET_PASSWORD.validity()));
                audit.bySelf(AuditAction.PASSWORD_RESET_REQUESTED, u.id(), "", clientIp);
            });
            return owner;
        });
        user.ifPresent(u -> mailer.sendPasswordReset(u, token));
    }

    public PasswordResult reset(String token, String newPassword, Optional<String> clientIp) {
        Optional<String> problem = AccountRules.checkPassword(newPassword);
        if (problem.isPresent()) {
            return new PasswordResult.Rejected(List.of(new InvalidInput("new_password", problem.get())));
        }
        String hash = passwords.hash(newPassword);
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<User> owner = emailTokens.consume(OpaqueTokens.hash(token), EmailTokenPurpose.RESET_PASSWORD, now)
                    .flatMap(users::lockById);
            if (owner.isEmpty()) {
                return new PasswordResult.InvalidToken();
            }
            // the link arrived by email, so the address is proven too
            users.update(owner.get().withPasswordHash(hash, now).verified(now));
            refreshTokens.revokeAllOf(owner.get().id(), now);
            audit.bySelf(AuditAction.PASSWORD_RESET, owner.get().id(), "all sessions revoked", clientIp);
            return new PasswordResult.Changed();
        });
    }

    /**
     * The wrong-password budget is the account's own ({@code user:<id>}), apart from its sign-in budgets: a success
     * here clears only failures of that budget from the same network, never a sign-in lockout. The attempt is
     * admitted in a transaction that locks the user row first; both bcrypt runs happen outside any transaction.
     */
    public PasswordResult change(String userId, String currentPassword, String newPassword, Optional<String> clientIp) {
        Optional<String> problem = AccountRules.checkPassword(newPassword);
        if (problem.isPresent()) {
            return new PasswordResult.Rejected(List.of(new InvalidInput("new_password", problem.get())));
        }
        // a stolen access token must not become an unlimited password oracle
        LoginAttempt attempt = new LoginAttempt.Untrusted("user:" + userId, clientIp);
        Changing changing = transactions.inTransaction(() -> {
            Optional<User> user = users.lockById(userId);
            return new Changing(user, throttle.admit(attempt));
        });
        return switch (changing.admission()) {
            case LoginThrottle.Admission.Refused refused -> new PasswordResult.Throttled(refused.retryAfterSeconds());
            case LoginThrottle.Admission.Admitted admitted ->
                    checked(changing.user(), admitted, currentPassword, newPassword, clientIp);
        };
    }

    private PasswordResult checked(Optional<User> user, LoginThrottle.Admission.Admitted admitted,
                                   String currentPassword, String newPassword, Optional<String> clientIp) {
        Optional<String> checkedHash = user.flatMap(User::passwordHash)
                .filter(hash -> passwords.matches(currentPassword, hash));
        if (checkedHash.isEmpty()) {
            return new PasswordResult.WrongPassword();
        }
        String hash = passwords.hash(newPassword);
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            String userId = user.get().id();
            // a change that got in first makes the current password checked above a wrong one
            Optional<User> current = users.lockById(userId).filter(u -> u.passwordHash().equals(checkedHash));
            if (current.isEmpty()) {
                return new PasswordResult.WrongPassword();
            }
            throttle.succeeded(admitted);
            users.update(current.get().withPasswordHash(hash, now));
            refreshTokens.revokeAllOf(userId, now);
            audit.bySelf(AuditAction.PASSWORD_CHANGED, userId, "all sessions revoked", clientIp);
            return new PasswordResult.Changed();
        });
    }

    private record Changing(Optional<User> user, LoginThrottle.Admission admission) {
    }
}
