package dev.focus.identity.application;

import dev.focus.identity.model.AccountStatus;
import dev.focus.identity.model.AccountStatusChanged;
import dev.focus.identity.model.AuditAction;
import dev.focus.identity.model.AuditEntry;
import dev.focus.identity.model.Role;
import dev.focus.identity.model.User;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What admins do: find users, suspend or reinstate them, change their role, read the audit log. */
public final class Administration {

    private final Users users;
    private final RefreshTokens refreshTokens;
    private final AuditLog auditLog;
    private final Audit audit;
    private final Transactions transactions;
    private final AccountEvents events;
    private final Ids ids;
    private final Clock clock;

    public Administration(Users users, RefreshTokens refreshTokens, AuditLog auditLog, Audit audit,
                          Transactions transactions, AccountEvents events, Ids ids, Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.auditLog = auditLog;
        this.audit = audit;
        this.transactions = transactions;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
    }

    /** Up to {@code limit + 1} users, so the caller knows whether another page follows. */
    public List<User> users(Optional<String> query, Optional<String> afterId, int limit) {
        return users.search(query, afterId, limit + 1);
    }

    public List<AuditEntry> auditLog(Optional<String> beforeId, int limit) {
        return auditLog.newestFirst(beforeId, limit + 1);
    }

    public AdminChangeResult change(String adminId, String userId, Optional<AccountStatus> status, Optional<Role> role,
                                    Optional<String> clientIp) {
        if (adminId.equals(userId)) {
            return new AdminChangeResult.OwnAccount();
        }
        return transactions.inTransaction(() -> {
            Optional<User> found = users.lockById(userId);
            if (found.isEmpty()) {
                return new AdminChangeResult.NotFound();
            }
            Instant now = clock.instant();
            User before = found.get();
            User after = before;
            if (role.isPresent() && role.get() != before.role()) {
                after = after.withRole(role.get(), now);
                audit.record(AuditAction.ROLE_CHANGED, Optional.of(adminId), Optional.of(userId),
                        before.role() + " -> " + role.get(), clientIp);
            }
            if (status.isPresent() && status.get() != before.status()) {
                after = after.withStatus(status.get(), now);
                boolean suspending = status.get() == AccountStatus.SUSPENDED;
                if (suspending) {
                    refreshTokens.revokeAllOf(userId, now);
                }
                audit.record(suspending ? AuditAction.ACCOUNT_SUSPENDED : AuditAction.ACCOUNT_REINSTATED,
                        Optional.of(adminId), Optional.of(userId), "", clientIp);
                // inside the transaction, as UserDeleted (decision 0003): no change without its event
                events.publish(new AccountStatusChanged(ids.next(), now, userId, status.get()));
            }
            if (after != before) {
                users.update(after);
            }
            return new AdminChangeResult.Changed(after);
        });
    }
}
