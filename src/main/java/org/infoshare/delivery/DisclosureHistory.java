package org.infoshare.delivery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.Actor;
import org.infoshare.subject.HistoryEntry;
import org.infoshare.subject.PersonHistory;
import org.infoshare.subject.SameNhsNumber;
import org.infoshare.subject.Subject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The disclosures the organisation sent about a person, for their page's chronology: the record only (to whom,
 * when, whether opened), never the content, which stays with the named recipients and the sender (ADR 0030). And the
 * disclosures received about them: a disclosure is about the sender's record of the person, so one received reaches
 * this page when that record carries the person's NHS number (ADR 0018), and only for those it is addressed to (the
 * reader or their team), who alone may open it.
 */
@Component
class DisclosureHistory implements PersonHistory {

    private final DisclosureStore store;
    private final DirectoryLookup directory;

    private final SameNhsNumber samePerson;

    DisclosureHistory(DisclosureStore store, DirectoryLookup directory, SameNhsNumber samePerson) {
        this.store = store;
        this.directory = directory;
        this.samePerson = samePerson;
    }

    @Override
    @Transactional(readOnly = true)
    public List<HistoryEntry> about(Actor actor, Subject person) {
        List<SentDisclosure> sent = store.sentAbout(actor.organisationId(), person.id());
        List<Disclosure> received = received(actor, person);
        Set<UUID> ids = new HashSet<>();
        received.forEach(d -> ids.add(d.senderOrganisationId()));
        sent.forEach(d -> {
            ids.add(d.recipientOrganisationId());
            if (d.recipientTeamId() != null) {
                ids.add(d.recipientTeamId());
            }
        });
        Map<UUID, String> names = directory.names(ids);
        List<HistoryEntry> entries = new ArrayList<>();
        for (SentDisclosure d : sent) {
            String to = d.recipientTeamId() != null && names.containsKey(d.recipientTeamId())
                    ? names.get(d.recipientTeamId()) + ", " + names.getOrDefault(d.recipientOrganisationId(), "another organisation")
                    : names.getOrDefault(d.recipientOrganisationId(), "another organisation");
            String state = d.withdrawnAt() != null ? " (withdrawn)" : d.firstOpenedAt() != null ? " (opened)" : " (not opened yet)";
            entries.add(new HistoryEntry(d.sentAt(), "Disclosure sent", "Sent " + d.itemCodes().size()
                    + (d.itemCodes().size() == 1 ? " item" : " items") + " to " + to + state, "/disclosures/" + d.id()));
        }
        for (Disclosure d : received) {
            String state = d.withdrawn() ? " (withdrawn)" : d.firstOpenedAt() != null ? " (opened)" : " (not opened yet)";
            entries.add(new HistoryEntry(d.sentAt(), "Disclosure received", "Received " + d.itemCount()
                    + (d.itemCount() == 1 ? " item" : " items") + " from " + names.getOrDefault(d.senderOrganisationId(), "another organisation")
                    + state, "/disclosures/" + d.id()));
        }
        return entries;
    }

    private List<Disclosure> received(Actor actor, Subject person) {
        if (person.nhsNumber() == null) {
            return List.of();
        }
        Set<UUID> same = samePerson.among(person, store.subjectsAddressedTo(actor.organisationId(), actor.userId(), actor.teamIds()));
        return same.isEmpty() ? List.of() : store.addressedAbout(actor.organisationId(), actor.userId(), actor.teamIds(), same);
    }
}
