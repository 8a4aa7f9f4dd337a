package org.infoshare.delivery;

import java.util.Optional;
import java.util.UUID;

import org.infoshare.directory.LeaverHandover;
import org.infoshare.ledger.Ledger;
import org.springframework.stereotype.Component;

/**
 * Disclosures addressed by name to someone who is leaving, not yet opened and not withdrawn: readdressed to the
 * colleague who takes over, who is told that something is waiting, so that nothing sent in need goes unread. Opened
 * ones stay with the record of who opened them.
 */
@Component
class DisclosureHandover implements LeaverHandover {

    private final DisclosureHandoverStore store;
    private final Ledger ledger;
    private final Notifications notifications;

    DisclosureHandover(DisclosureHandoverStore store, Ledger ledger, Notifications notifications) {
        this.store = store;
        this.ledger = ledger;
        this.notifications = notifications;
    }

    @Override
    public Optional<LeftBehind> leftBehind(UUID organisationId, UUID leaverId) {
        int unopened = store.unopenedFor(organisationId, leaverId);
        return unopened == 0 ? Optional.empty() : Optional.of(new LeftBehind(Kind.UNOPENED_DISCLOSURES, unopened,
                unopened + (unopened == 1 ? " disclosure" : " disclosures") + " addressed to them that nobody has opened yet"));
    }

    @Override
    public void handOver(UUID organisationId, UUID byUserId, UUID leaverId, UUID colleagueId) {
        for (UUID disclosure : store.readdress(organisationId, leaverId, colleagueId)) {
            ledger.record(DeliveryEvents.readdressed(organisationId, byUserId, disclosure, leaverId, colleagueId));
            notifications.somethingWaiting(colleagueId, organisationId, Waiting.DISCLOSURE, "/disclosures/" + disclosure);
        }
    }
}
