package org.infoshare.rights;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.infoshare.clock.rules.Deadline;
import org.infoshare.delivery.Notifications;
import org.infoshare.delivery.Waiting;
import org.infoshare.ledger.Ledger;
import org.infoshare.rights.rules.EscalationPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rights requests past their statutory deadline (UK GDPR Art 12(3), on the statutory clock) and still undecided are
 * escalated once: marked, ledgered, and every Data Protection Officer of the organisation alerted. A paused clock
 * is not overdue.
 */
@Service
public class RequestEscalation {

    private final RightsRequestStore store;
    private final RightsDeadlines deadlines;
    private final NoticeDelivery people;
    private final Notifications notifications;
    private final Ledger ledger;
    private final Clock clock;

    RequestEscalation(RightsRequestStore store, RightsDeadlines deadlines, NoticeDelivery people, Notifications notifications, Ledger ledger,
                      Clock clock) {
        this.store = store;
        this.deadlines = deadlines;
        this.people = people;
        this.notifications = notifications;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** @return how many requests were escalated now */
    @Transactional
    public int escalateOverdue() {
        return escalateOverdue(clock.instant());
    }

    @Transactional
    int escalateOverdue(Instant now) {
        int escalated = 0;
        for (RightsRequest request : store.undecided()) {
            Deadline deadline = deadlines.deadline(request);
            Deadline.Standing standing = request.paused() ? Deadline.Standing.PAUSED : deadline.standing(now);
            // requests have no reminder step: the queue shows what is due soon
            if (EscalationPolicy.next(standing, request.decided(), true, request.escalatedAt() != null) == EscalationPolicy.Action.ESCALATE
                    && store.escalate(request.id(), now)) {
                ledger.record(RightsEvents.request("escalated", null, request).detail("dueOn", deadline.dueOn()).build());
                for (UUID dpo : people.dataProtectionOfficers(request.organisationId())) {
                    notifications.somethingWaiting(dpo, request.organisationId(), Waiting.REQUEST, "/rights/requests/" + request.id());
                }
                escalated++;
            }
        }
        return escalated;
    }
}
