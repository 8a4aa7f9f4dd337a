package org.infoshare.decision;

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

/** The decisions about a person and the requests sent about them, for their page's chronology. */
@Component
class DecisionHistory implements PersonHistory {

    private final SharingDecisions decisions;
    private final RequestStore requests;
    private final DirectoryLookup directory;

    DecisionHistory(SharingDecisions decisions, RequestStore requests, DirectoryLookup directory) {
        this.decisions = decisions;
        this.requests = requests;
        this.directory = directory;
    }

    @Override
    @Transactional(readOnly = true)
    public List<HistoryEntry> about(Actor actor, Subject person) {
        // Whoever may see the person sees every decision and request about them (ADR 0048); the caller has been checked.
        List<RecordedDecision> decided = decisions.forSubject(actor, person.id());
        List<InformationRequest> asked = requests.aboutRequesterSubject(actor.organisationId(), person.id());
        Set<UUID> ids = new HashSet<>();
        decided.forEach(d -> ids.add(d.recipientOrganisationId()));
        asked.forEach(r -> ids.add(r.holderOrganisationId()));
        Map<UUID, String> names = directory.names(ids);
        List<HistoryEntry> entries = new ArrayList<>();
        for (RecordedDecision d : decided) {
            String to = names.getOrDefault(d.recipientOrganisationId(), "another organisation");
            String summary = switch (d.status()) {
                case DECIDED -> d.outcome() == null ? "Decision recorded about sharing with " + to
                        : d.outcome().label() + ": sharing with " + to;
                default -> d.status().label() + ": sharing with " + to;
            };
            entries.add(new HistoryEntry(d.decidedAt(), "Decision", summary, "/decisions/" + d.id()));
        }
        for (InformationRequest r : asked) {
            String summary = "Asked " + names.getOrDefault(r.holderOrganisationId(), "another organisation") + " for information"
                    + (r.status() == InformationRequest.Status.ANSWERED ? " (answered)" : " (awaiting an answer)");
            entries.add(new HistoryEntry(r.sentAt(), "Request sent", summary, "/requests/" + r.id()));
        }
        return entries;
    }
}
