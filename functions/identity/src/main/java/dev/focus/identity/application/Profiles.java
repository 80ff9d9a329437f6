package dev.focus.identity.application;

import dev.focus.identity.model.AccountRules;
import dev.focus.identity.model.AuditAction;
import dev.focus.identity.model.ProfileChanges;
import dev.focus.identity.model.User;
import dev.focus.identity.model.UserDeleted;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A user's own account: reading, editing, deleting; and other users' public profiles. */
public final class Profiles {

    private final Users users;
    private final AccountEvents events;
    private final Audit audit;
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;

    public Profiles(Users users, AccountEvents events, Audit audit, Transactions transactions, Ids ids, Clock clock) {
        this.users = users;
        this.events = events;
        this.audit = audit;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    public AccountState state(String userId) {
        return users.byId(userId)
                .<AccountState>map(user -> user.suspended() ? new AccountState.Suspended() : new AccountState.Active(user))
                .orElseGet(AccountState.Gone::new);
    }

    public Optional<User> publicProfile(String userId) {
        return users.byId(userId);
    }

    public ProfileResult update(String userId, ProfileChanges changes) {
        List<InvalidInput> problems = new ArrayList<>();
        changes.username().flatMap(AccountRules::checkUsername).ifPresent(m -> problems.add(new InvalidInput("username", m)));
        changes.bio().flatMap(AccountRules::checkBio).ifPresent(m -> problems.add(new InvalidInput("bio", m)));
        changes.avatarUrl().flatMap(AccountRules::checkAvatarUrl).ifPresent(m -> problems.add(new InvalidInput("avatar_url", m)));
        changes.timezone().flatMap(AccountRules::checkTimezone).ifPresent(m -> problems.add(new InvalidInput("timezone", m)));
        if (!problems.isEmpty()) {
            return new ProfileResult.Rejected(problems);
        }
        return transactions.inTransaction(() -> {
            User user = users.lockById(userId).orElseThrow();
            boolean renamed = changes.username().filter(name -> !name.equalsIgnoreCase(user.username())).isPresent();
            if (renamed && users.byUsername(changes.username().get()).isPresent()) {
                return new ProfileResult.UsernameTaken();
            }
            User updated = user.withProfile(changes, clock.instant());
            users.update(updated);
            return new ProfileResult.Updated(updated);
        });
    }

    /**
     * Deletes the account and publishes {@code UserDeleted} before the deletion commits: if the queue refuses the
     * event the transaction rolls back and the account stays (the client may retry); consumers are idempotent on
     * the user id, so a retry after a failed commit only repeats the event.
     */
    public void delete(String userId, Optional<String> clientIp) {
        transactions.inTransaction(() -> {
            Instant now = clock.instant();
            users.delete(userId);
            audit.bySelf(AuditAction.ACCOUNT_DELETED, userId, "", clientIp);
            events.publish(new UserDeleted(ids.next(), now, userId));
            return null;
        });
    }
}
