package dev.focus.identity.application;

import dev.focus.identity.model.AccountRules;
import dev.focus.identity.model.AuditAction;
import dev.focus.identity.model.EmailTokenPurpose;
import dev.focus.identity.model.User;
import dev.focus.security.OpaqueTokens;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Creating accounts and proving their email addresses. */
public final class Registration {

    private final Users users;
    private final EmailTokens emailTokens;
    private final Passwords passwords;
    private final Mailer mailer;
    private final Audit audit;
    private final AdminBootstrap adminBootstrap;
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;

    public Registration(Users users, EmailTokens emailTokens, Passwords passwords, Mailer mailer, Audit audit,
                        AdminBootstrap adminBootstrap, Transactions transactions, Ids ids, Clock clock) {
        this.users = users;
        this.emailTokens = emailTokens;
        this.passwords = passwords;
        this.mailer = mailer;
        this.audit = audit;
        this.adminBootstrap = adminBootstrap;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    public RegisterResult register(String email, String username, String password, Optional<String> clientIp) {
        List<InvalidInput> problems = new ArrayList<>();
        AccountRules.checkEmail(email).ifPresent(m -> problems.add(new InvalidInput("email", m)));
        AccountRules.checkUsername(username).ifPresent(m -> problems.add(new InvalidInput("username", m)));
        AccountRules.checkPassword(password).ifPresent(m -> problems.add(new InvalidInput("password", m)));
        if (!problems.isEmpty()) {
            return new RegisterResult.Rejected(problems);
        }
        String normalizedEmail = AccountRules.normalizeEmail(email);
        String passwordHash = passwords.hash(password);
        String verificationToken = OpaqueTokens.newToken();
        RegisterResult result = transactions.inTransaction(() -> {
            if (users.byEmail(normalizedEmail).isPresent()) {
                return new RegisterResult.EmailTaken();
            }
            if (users.byUsername(username).isPresent()) {
                return new RegisterResult.UsernameTaken();
            }
            Instant now = clock.instant();
            User user = User.register(ids.next(), normalizedEmail, username, Optional.of(passwordHash), false, now);
            if (!users.insert(user)) {
                return users.byEmail(normalizedEmail).isPresent()
                        ? new RegisterResult.EmailTaken() : new RegisterResult.UsernameTaken();
            }
            emailTokens.insert(OpaqueTokens.hash(verificationToken), user.id(), EmailTokenPurpose.VERIFY_EMAIL,
                    now.plus(EmailTokenPurpose.VERIFY_EMAIL.validity()));
            audit.bySelf(AuditAction.REGISTERED, user.id(), "password", clientIp);
            return new RegisterResult.Registered(user);
        });
        if (result instanceof RegisterResult.Registered registered) {
            mailer.sendVerification(registered.user(), verificationToken);
        }
        return result;
    }

    public VerifyResult verifyEmail(String token, Optional<String> clientIp) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<User> owner = emailTokens.consume(OpaqueTokens.hash(token), EmailTokenPurpose.VERIFY_EMAIL, now)
                    .flatMap(users::lockById);
            if (owner.isEmpty()) {
                return new VerifyResult.InvalidToken();
            }
            User verified = owner.get().verified(now);
            User result = adminBootstrap.apply(verified, now);
            users.update(result);
            audit.bySelf(AuditAction.EMAIL_VERIFIED, result.id(), result.email(), clientIp);
            if (result.role() != verified.role()) {
                audit.record(AuditAction.ROLE_CHANGED, Optional.empty(), Optional.of(result.id()),
                        "USER -> ADMIN (focus.identity.admin-emails)", clientIp);
            }
            return new VerifyResult.Verified(result);
        });
    }

    /** Sends a fresh link to an unverified account; says nothing about whether the address has one. */
    public void resendVerification(String email) {
        if (AccountRules.checkEmail(email).isPresent()) {
            return;
        }
        String token = OpaqueTokens.newToken();
        Optional<User> unverified = transactions.inTransaction(() -> {
            Optional<User> user = users.byEmail(AccountRules.normalizeEmail(email)).filter(u -> !u.emailVerified());
            user.ifPresent(u -> {
                emailTokens.discardAll(u.id(), EmailTokenPurpose.VERIFY_EMAIL);
                emailTokens.insert(OpaqueTokens.hash(token), u.id(), EmailTokenPurpose.VERIFY_EMAIL,
                        clock.instant().plus(EmailTokenPurpose.VERIFY_EMAIL.validity()));
            });
            return user;
        });
        unverified.ifPresent(user -> mailer.sendVerification(user, token));
    }
}
