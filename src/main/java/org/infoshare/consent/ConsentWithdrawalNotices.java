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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What must be told to whom because a consent that shares relied on was withdrawn. Secure delivery carries
 * the notices out and marks them done; until then they stay open on the holder's list.
 */
@Service
public class ConsentWithdrawalNotices {

    private final ConsentStore store;
    private final Ledger ledger;
    private final Clock clock;

    ConsentWithdrawalNotices(ConsentStore store, Ledger ledger, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The caller's organisation's open notices, grouped by the recipient organisation to be told. */
    @Transactional(readOnly = true)
    public Map<UUID, List<WithdrawalNotice>> openByRecipient(Actor actor) {
        Map<UUID, List<WithdrawalNotice>> byRecipient = new LinkedHashMap<>();
        for (WithdrawalNotice notice : store.notices(actor.organisationId(), WithdrawalNotice.Status.OPEN)) {
            byRecipient.computeIfAbsent(notice.recipientOrganisationId(), k -> new java.util.ArrayList<>()).add(notice);
        }
        return byRecipient;
    }

    @Transactional(readOnly = true)
    public List<WithdrawalNotice> open(Actor actor) {
        return store.notices(actor.organisationId(), WithdrawalNotice.Status.OPEN);
    }

    @Transactional(readOnly = true)
    public WithdrawalNotice notice(Actor actor, UUID id) {
        return store.notice(id).filter(n -> actor.belongsTo(n.holderOrganisationId()))
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
