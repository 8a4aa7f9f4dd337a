package org.infoshare.directory;

import java.time.Clock;
import java.util.UUID;

import org.infoshare.directory.rules.LockoutPolicy;
import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account after repeated failed attempts to sign in (ADR 0043), and lets an administrator of its
 * organisation unlock it. Both are ledgered; single failures are not, since the throttle and the lock bound
 * them and their count is kept on the account.
 */
@Service
public class AccountLocks {

    private final SignInStore store;
    private final StaffAdministration staff;
    private final DirectoryStore directory;
    private final Ledger ledger;
    private final Clock clock;

    AccountLocks(SignInStore store, StaffAdministration staff, DirectoryStore directory, Ledger ledger, Clock clock) {
        this.store = store;
        this.staff = staff;
        this.directory = directory;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Counts a failed proof of a password or second-step code; true if this failure locked the account.
     * Its own transaction: the count must stand even when the refusal that follows rolls back the caller's.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean failed(UUID userId) {
        return store.failuresForUpdate(userId).map(before -> {
            LockoutPolicy.Verdict verdict = LockoutPolicy.afterFailure(before.count(), before.locked());
            store.recordFailures(userId, verdict.failures(), verdict.lock() ? clock.instant() : null);
            if (verdict.lock()) {
                directory.staff(userId).ifPresent(member -> ledger.record(DirectoryEvents.locked(member, verdict.failures())));
            }
            return verdict.lock();
        }).orElse(false);
    }

    /** A successful sign-in: the count of failures starts again. */
    @Transactional
    public void succeeded(UUID userId) {
        store.clearFailures(userId);
    }

    /** An administrator unlocks one of their organisation's accounts. */
    @Transactional
    public StaffMember unlock(Actor actor, UUID id) {
        if (!actor.hasRole(Role.PARTNERSHIP_ADMINISTRATOR)) {
            throw new ForbiddenException("Only partnership administrators can unlock accounts");
        }
        StaffMember member = staff.member(actor, id);
        if (!store.unlock(member.id())) {
            throw new ConflictException("", "not-locked", "This account is not locked");
        }
        ledger.record(DirectoryEvents.unlocked(actor, member));
        return directory.staff(member.id()).orElseThrow();
    }
}
