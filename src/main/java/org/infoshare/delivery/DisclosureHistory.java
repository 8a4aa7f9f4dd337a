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
import org.infoshare.subject.Subject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The disclosures the organisation sent about a person, for their page's chronology: the record only (to whom,
 * when, whether opened), never the content, which stays with the named recipients and the sender (ADR 0030).
 */
@Component
class DisclosureHistory implements PersonHistory {

    private final DisclosureStore store;
    private final DirectoryLookup directory;

    DisclosureHistory(DisclosureStore store, DirectoryLookup directory) {
        this.store = store;
        this.directory = directory;
    }

    @Override
    @Transactional(readOnly = true)
    public List<HistoryEntry> about(Actor actor, Subject person) {
        List<SentDisclosure> sent = store.sentAbout(actor.organisationId(), person.id());
        Set<UUID> ids = new HashSet<>();
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
        return entries;
    }
}
