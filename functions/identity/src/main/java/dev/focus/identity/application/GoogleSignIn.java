package dev.focus.identity.application;

import dev.focus.identity.model.AccountRules;
import dev.focus.identity.model.AuditAction;
import dev.focus.identity.model.User;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** Sign-in with a Google ID token: the linked account, else the account with that verified email, else a new one. */
public final class GoogleSignIn {

    static final String PROVIDER = "google";

    private final GoogleIdTokens google;
    private final Users users;
    private final OAuthIdentities identities;
    private final Sessions sessions;
    private final TrustedDevices devices;
    private final AdminBootstrap adminBootstrap;
    private final Audit audit;
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;

    public GoogleSignIn(GoogleIdTokens google, Users users, OAuthIdentities identities, Sessions sessions,
                        TrustedDevices devices, AdminBootstrap adminBootstrap, Audit audit, Transactions transactions,
                        Ids ids, Clock clock) {
        this.google = google;
        this.users = users;
        this.identities = identities;
        this.sessions = sessions;
        this.devices = devices;
        this.adminBootstrap = adminBootstrap;
        this.audit = audit;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /** {@code deviceToken}: one kept from an earlier sign-in is replaced, as a password sign-in does. */
    public GoogleResult signIn(String idToken, Optional<String> clientIp, Optional<String> deviceToken) {
        Optional<GoogleIdTokens.GoogleIdentity> verified = google.verify(idToken);
        if (verified.isEmpty()) {
            return new GoogleResult.InvalidIdToken();
        }
        GoogleIdTokens.GoogleIdentity identity = verified.get();
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<User> linked = identities.userOf(PROVIDER, identity.subject()).flatMap(users::lockById);
            boolean created = false;
            User user;
            if (linked.isPresent()) {
                user = linked.get();
            } else {
                if (!identity.emailVerified()) {
                    return new GoogleResult.EmailNotVerified();
                }
                String email = AccountRules.normalizeEmail(identity.email());
                Optional<User> byEmail = users.lockByEmail(email);
                if (byEmail.isPresent()) {
                    user = byEmail.get();
                    if (!user.emailVerified()) {
                        // Whoever registered this address never proved it; Google just did for its owner. Keeping
                        // the registrant's password or sessions would hand them the owner's account.
                        user = user.verified(now).withoutPassword(now);
                        sessions.endAll(user.id(), now);
                        devices.forgetAllOf(user.id());
                    }
                    audit.bySelf(AuditAction.OAUTH_LINKED, user.id(), PROVIDER, clientIp);
                } else {
                    user = User.register(ids.next(), email, freeUsername(email), Optional.empty(), true, now);
                    if (!users.insert(user)) {
                        throw new AccountConflict("an account for " + email + " was created concurrently");
                    }
                    created = true;
                    audit.bySelf(AuditAction.REGISTERED, user.id(), PROVIDER, clientIp);
                }
                if (!identities.link(PROVIDER, identity.subject(), user.id(), now)) {
                    throw new AccountConflict("Google account " + identity.subject() + " was linked concurrently");
                }
            }
            User promoted = adminBootstrap.apply(user, now);
            if (!created || promoted != user) {
                users.update(promoted);
            }
            if (promoted.role() != user.role()) {
                audit.record(AuditAction.ROLE_CHANGED, Optional.empty(), Optional.of(promoted.id()),
                        user.role() + " -> " + promoted.role() + " (focus.identity.admin-emails)", clientIp);
            }
            if (promoted.suspended()) {
                audit.bySelf(AuditAction.LOGIN_REFUSED_SUSPENDED, promoted.id(), PROVIDER, clientIp);
                return new GoogleResult.Suspended();
            }
            audit.bySelf(AuditAction.LOGIN_SUCCEEDED, promoted.id(), PROVIDER, clientIp);
            String newDeviceToken = devices.issue(promoted.id(), devices.recognise(promoted.id(), deviceToken));
            return new GoogleResult.SignedIn(promoted, sessions.start(promoted), created, newDeviceToken);
        });
    }

    /** The email's local part made into a valid username, with a number added until it is free. */
    private String freeUsername(String email) {
        String base = email.substring(0, email.indexOf('@')).replaceAll("[^A-Za-z0-9_.]", "").toLowerCase(Locale.ROOT);
        base = base.length() > 24 ? base.substring(0, 24) : base;
        base = base.length() < 3 ? "user" + base : base;
        String candidate = base;
        for (int attempt = 0; users.byUsername(candidate).isPresent(); attempt++) {
            candidate = attempt < 20 ? base + "_" + ThreadLocalRandom.current().nextInt(1000, 10000) : "user_" + ids.next();
        }
        return candidate;
    }
}
