package org.infoshare.delivery;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.decision.SharingDecisions;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.LeaverHandover;
import org.infoshare.ledger.Ledger;
import org.springframework.stereotype.Component;

/**
 * Disclosures addressed by name to someone who is leaving, not yet opened and not withdrawn: readdressed to the
 * colleague who takes over, who is told that something is waiting, so that nothing sent in need goes unread. Opened
 * ones stay with the record of who opened them. Where the decision named a team and the colleague is not in it,
 * the disclosure goes to that team instead, whose members are told: it never leaves the team the decision chose
 * (the same rule as when it was sent, "decided-team").
 */
@Component
class DisclosureHandover implements LeaverHandover {

    private final DisclosureHandoverStore store;
    private final Ledger ledger;
    private final Notifications notifications;
    private final SharingDecisions decisions;
    private final DirectoryLookup directory;

    DisclosureHandover(DisclosureHandoverStore store, Ledger ledger, Notifications notifications, SharingDecisions decisions,
                       DirectoryLookup directory) {
        this.store = store;
        this.decisions = decisions;
        this.directory = directory;
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
        for (DisclosureHandoverStore.Unopened left : store.unopened(organisationId, leaverId)) {
            UUID team = decisions.decidedRecipientTeam(left.decisionId()).orElse(null);
            boolean toColleague = team == null || inTeam(colleagueId, team);
            UUID person = toColleague ? colleagueId : null;
            UUID toTeam = toColleague ? null : team;
            if (store.readdress(left.id(), leaverId, person, toTeam)) {
                ledger.record(DeliveryEvents.readdressed(organisationId, byUserId, left.id(), leaverId, person, toTeam));
                List<UUID> told = toColleague ? List.of(colleagueId) : activeMembers(team, leaverId);
                told.forEach(p -> notifications.somethingWaiting(p, organisationId, Waiting.DISCLOSURE, "/disclosures/" + left.id()));
            }
        }
    }

    private boolean inTeam(UUID person, UUID team) {
        return directory.members(team).stream().anyMatch(p -> p.id().equals(person));
    }

    private List<UUID> activeMembers(UUID team, UUID leaver) {
        return directory.members(team).stream().filter(DirectoryLookup.Person::active).map(DirectoryLookup.Person::id)
                .filter(p -> !p.equals(leaver)).toList();
    }
}
