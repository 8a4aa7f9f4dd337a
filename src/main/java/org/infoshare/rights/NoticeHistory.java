package org.infoshare.rights;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.directory.DirectoryLookup;
import org.infoshare.rights.rules.NoticeKind;
import org.infoshare.shared.Actor;
import org.infoshare.subject.HistoryEntry;
import org.infoshare.subject.PersonHistory;
import org.infoshare.subject.SameNhsNumber;
import org.infoshare.subject.Subject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notices sent or received that pass on a rights request or a reported inaccuracy about the person, and the
 * inaccuracies reported in what was shared about them, for their page's chronology. What was received is about the
 * sender's record of the person: it reaches this page when that record carries the person's NHS number (ADR 0018).
 * Each entry is shown to whom the notice or report itself is open ({@link Notices}, {@link QualityReports}).
 */
@Component
class NoticeHistory implements PersonHistory {

    private final NoticeStore notices;
    private final QualityReportStore reports;
    private final SameNhsNumber samePerson;
    private final DirectoryLookup directory;

    NoticeHistory(NoticeStore notices, QualityReportStore reports, SameNhsNumber samePerson, DirectoryLookup directory) {
        this.notices = notices;
        this.reports = reports;
        this.samePerson = samePerson;
        this.directory = directory;
    }

    @Override
    @Transactional(readOnly = true)
    public List<HistoryEntry> about(Actor actor, Subject person) {
        UUID organisation = actor.organisationId();
        Set<UUID> people = new HashSet<>();
        people.add(person.id());
        if (person.nhsNumber() != null) {
            Set<UUID> elsewhere = new HashSet<>(notices.subjectsReceived(organisation));
            elsewhere.addAll(reports.subjectsReported(organisation));
            people.addAll(samePerson.among(person, elsewhere));
        }
        // What the organisation sent is about its own record (the person); what it received, about a sender's record.
        List<RightsNotice> told = notices.about(organisation, people).stream()
                .filter(n -> actor.belongsTo(n.senderOrganisationId()) ? Notices.sentByOrganisationOf(actor, n) : Notices.receives(actor, n))
                .toList();
        List<QualityReport> reported = reports.about(organisation, people).stream().filter(r -> QualityReports.mayRead(actor, r)).toList();
        Set<UUID> ids = new HashSet<>();
        told.forEach(n -> {
            ids.add(n.senderOrganisationId());
            ids.add(n.recipientOrganisationId());
        });
        reported.forEach(r -> {
            ids.add(r.senderOrganisationId());
            ids.add(r.reporterOrganisationId());
        });
        Map<UUID, String> names = directory.names(ids);
        List<HistoryEntry> entries = new ArrayList<>();
        for (RightsNotice n : told) {
            boolean sent = actor.belongsTo(n.senderOrganisationId());
            String state = n.confirmed() ? " (answered: " + n.outcome().label().toLowerCase(java.util.Locale.ROOT) + ")"
                    : sent ? " (awaiting their answer)" : " (awaiting your answer)";
            String summary = sent ? "Told " + name(names, n.recipientOrganisationId()) + " of " + what(n.kind()) + state
                    : name(names, n.senderOrganisationId()) + " told you of " + what(n.kind()) + state;
            entries.add(new HistoryEntry(n.sentAt(), sent ? "Notice sent" : "Notice received", summary, "/rights/notices/" + n.id()));
        }
        for (QualityReport r : reported) {
            String state = switch (r.status()) {
                case OPEN -> " (not yet dealt with)";
                case CORRECTED -> " (corrected)";
                case CLOSED -> " (closed without a correction)";
            };
            String summary = actor.belongsTo(r.senderOrganisationId())
                    ? (actor.belongsTo(r.reporterOrganisationId()) ? "Your organisation" : name(names, r.reporterOrganisationId()))
                    + " reported an item shared about them as inaccurate" + state
                    : "Reported an item received from " + name(names, r.senderOrganisationId()) + " as inaccurate" + state;
            entries.add(new HistoryEntry(r.reportedAt(), "Inaccuracy reported", summary, "/rights/quality/" + r.id()));
        }
        return entries;
    }

    private static String what(NoticeKind kind) {
        return switch (kind) {
            case RECTIFICATION -> "a correction";
            case ERASURE -> "an erasure";
            case RESTRICTION -> "a restriction of use";
            case OBJECTION -> "an objection to use";
            case DATA_QUALITY -> "a reported inaccuracy";
        };
    }

    private static String name(Map<UUID, String> names, UUID organisation) {
        return names.getOrDefault(organisation, "another organisation");
    }
}
