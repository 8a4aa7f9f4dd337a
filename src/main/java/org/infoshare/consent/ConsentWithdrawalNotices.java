package org.infoshare.consent;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.subject.SubjectAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What must be told to whom because a consent that shares relied on was withdrawn. Secure delivery carries
 * the notices out and marks them done; until then they stay open on the holder's list.
 */
@Service
public class ConsentWithdrawalNotices {

    private final ConsentStore store;
    private final SubjectAccess access;
    private final Ledger ledger;
    private final Clock clock;

    ConsentWithdrawalNotices(ConsentStore store, SubjectAccess access, Ledger ledger, Clock clock) {
        this.store = store;
        this.access = access;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The caller's organisation's open notices, grouped by the recipient organisation to be told. */
    @Transactional(readOnly = true)
    public Map<UUID, List<WithdrawalNotice>> openByRecipient(Actor actor) {
        Map<UUID, List<WithdrawalNotice>> byRecipient = new LinkedHashMap<>();
        for (WithdrawalNotice notice : open(actor)) {
            byRecipient.computeIfAbsent(notice.recipientOrganisationId(), k -> new java.util.ArrayList<>()).add(notice);
        }
        return byRecipient;
    }

    @Transactional(readOnly = true)
    public List<WithdrawalNotice> open(Actor actor) {
        // Need to know (ADR 0048): the notices about the people the caller may see.
        return access.visibleOnly(actor, store.notices(actor.organisationId(), WithdrawalNotice.Status.OPEN), WithdrawalNotice::subjectId);
    }

    @Transactional(readOnly = true)
    public WithdrawalNotice notice(Actor actor, UUID id) {
        return store.notice(id).filter(n -> actor.belongsTo(n.holderOrganisationId()) && access.mayView(actor, n.subjectId()))
                .orElseThrow(() -> new NotFoundException("Withdrawal notice"));
    }

    /** The recipient has been told. */
    @Transactional
    public WithdrawalNotice markDone(Actor actor, UUID id) {
        WithdrawalNotice notice = notice(actor, id);
        if (!store.markDone(id, actor.userId(), clock.instant())) {
            throw new ConflictException("", "already-done", "This notice has already been marked as done");
        }
        ledger.record(ConsentEvents.noticeDone(actor, notice));
        return store.notice(id).orElseThrow();
    }
}
