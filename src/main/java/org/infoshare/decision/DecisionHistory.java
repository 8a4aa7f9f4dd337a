package org.infoshare.decision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.decision.rules.Urgency;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.RecordDigests;
import org.infoshare.shared.Actor;
import org.infoshare.subject.HistoryEntry;
import org.infoshare.subject.PersonHistory;
import org.infoshare.subject.Subject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions about a person and the requests sent and received about them, for their page's chronology, each marked
 * when it is not as the ledger recorded it (ADR 0063). A request
 * received is about the requester's record of the person: it is theirs once answered by a decision about them, or
 * when the requester's record carries their NHS number (ADR 0018).
 */
@Component
class DecisionHistory implements PersonHistory {

    private final SharingDecisions decisions;
    private final RequestStore requests;
    private final InformationRequests received;
    private final DirectoryLookup directory;

    /** Whether each decision and request listed is still as the ledger recorded it (ADR 0063). */
    private final RecordDigests digests;

    DecisionHistory(SharingDecisions decisions, RequestStore requests, InformationRequests received, DirectoryLookup directory,
                    RecordDigests digests) {
        this.digests = digests;
        this.decisions = decisions;
        this.requests = requests;
        this.received = received;
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
        List<InformationRequest> askedOfUs = received.receivedAbout(actor, person);
        askedOfUs.forEach(r -> ids.add(r.requesterOrganisationId()));
        Map<UUID, String> names = directory.names(ids);
        // One query for the decisions and one for the requests, however many there are.
        Set<UUID> changedDecisions = digests.check(ProtectedRecords.DECISION, decided.stream().map(RecordedDecision::id).toList()).keySet();
        Set<UUID> changedRequests = digests.check(ProtectedRecords.INFORMATION_REQUEST,
                java.util.stream.Stream.concat(asked.stream(), askedOfUs.stream()).map(InformationRequest::id).toList()).keySet();
        List<HistoryEntry> entries = new ArrayList<>();
        for (RecordedDecision d : decided) {
            String to = names.getOrDefault(d.recipientOrganisationId(), "another organisation");
            String summary = switch (d.status()) {
                case DECIDED -> d.outcome() == null ? "Decision recorded about sharing with " + to
                        : d.outcome().label() + ": sharing with " + to;
                default -> d.status().label() + ": sharing with " + to;
            };
            entries.add(new HistoryEntry(d.decidedAt(), "Decision", summary, "/decisions/" + d.id(), changedDecisions.contains(d.id())));
        }
        for (InformationRequest r : asked) {
            String summary = "Asked " + names.getOrDefault(r.holderOrganisationId(), "another organisation") + " for information"
                    + (r.status() == InformationRequest.Status.ANSWERED ? " (answered)" : " (awaiting an answer)");
            entries.add(new HistoryEntry(r.sentAt(), "Request sent", summary, "/requests/" + r.id(), changedRequests.contains(r.id())));
        }
        for (InformationRequest r : askedOfUs) {
            String state = switch (r.status()) {
                case OPEN -> " (awaiting your answer)";
                case AWAITING_ADVICE -> " (waiting for advice)";
                case ANSWERED -> " (answered)";
            };
            String urgency = r.urgency() == Urgency.ROUTINE ? "" : r.urgency() == Urgency.IMMEDIATE ? "Immediate: " : "Urgent: ";
            entries.add(new HistoryEntry(r.sentAt(), "Request received", urgency + names.getOrDefault(r.requesterOrganisationId(),
                    "another organisation") + " asked for information" + state, "/requests/" + r.id(), changedRequests.contains(r.id())));
        }
        return entries;
    }
}
