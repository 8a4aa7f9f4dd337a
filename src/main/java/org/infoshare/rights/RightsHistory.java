package org.infoshare.rights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.infoshare.rights.rules.RequestStatus;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.subject.HistoryEntry;
import org.infoshare.subject.PersonHistory;
import org.infoshare.subject.Subject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's rights requests, the corrections made to what is held about them, and whether they were told their
 * information was shared, for their page's chronology. Each entry is shown to whom its own page is open: requests
 * and the corrections they made to the Data Protection Officer and those who oversee the organisation's handling of
 * rights; a correction of a reported inaccuracy to whom that report is open; whether they were told to the staff who
 * record it.
 */
@Component
class RightsHistory implements PersonHistory {

    private final RightsRequestStore requests;
    private final RectificationStore corrections;
    private final QualityReportStore reports;
    private final InformingStore informing;

    RightsHistory(RightsRequestStore requests, RectificationStore corrections, QualityReportStore reports, InformingStore informing) {
        this.requests = requests;
        this.corrections = corrections;
        this.reports = reports;
        this.informing = informing;
    }

    @Override
    @Transactional(readOnly = true)
    public List<HistoryEntry> about(Actor actor, Subject person) {
        List<HistoryEntry> entries = new ArrayList<>();
        boolean oversees = Notices.oversees(actor);
        if (oversees) {
            for (RightsRequest r : requests.aboutSubject(person.id())) {
                if (actor.belongsTo(r.organisationId())) {
                    entries.add(new HistoryEntry(r.recordedAt(), "Rights request", r.reference() + ": " + lowerFirst(r.kind().description())
                            + " (" + state(r) + ")", "/rights/requests/" + r.id()));
                }
            }
        }
        for (Rectification m : corrections.aboutSubject(person.id())) {
            if (!actor.belongsTo(m.organisationId())) {
                continue;
            }
            if (m.requestId() != null && oversees) {
                entries.add(new HistoryEntry(m.madeAt(), "Correction", corrected(m) + " at their request", "/rights/requests/" + m.requestId()));
            } else if (m.qualityReportId() != null && reports.find(m.qualityReportId()).filter(r -> QualityReports.mayRead(actor, r)).isPresent()) {
                entries.add(new HistoryEntry(m.madeAt(), "Correction", corrected(m) + " after it was reported inaccurate",
                        "/rights/quality/" + m.qualityReportId()));
            }
        }
        if (actor.hasAnyRole(Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER)) {
            for (PersonInformed i : informing.aboutSubject(person.id())) {
                if (actor.belongsTo(i.organisationId())) {
                    entries.add(new HistoryEntry(i.recordedAt(), i.told() ? "Told about sharing" : "Not told about sharing", told(i),
                            "/rights/informing/records/" + i.id()));
                }
            }
        }
        return entries;
    }

    private static String state(RightsRequest r) {
        if (r.decision() != null) {
            return (r.status() == RequestStatus.CLOSED ? "closed, " : "decided, ") + lowerFirst(r.decision().outcome().label());
        }
        return lowerFirst(r.status().label());
    }

    private static String corrected(Rectification m) {
        return switch (m.target()) {
            case PERSON_NAME -> "Their name was corrected";
            case PERSON_DATE_OF_BIRTH -> "Their date of birth was corrected";
            case DISCLOSED_ITEM -> "An item shared about them was corrected";
        };
    }

    private static String told(PersonInformed i) {
        String about = i.disclosureId() != null ? " about a share" : " how their information is shared";
        if (i.told()) {
            return "Told" + about + ": " + lowerFirst(i.method().label()) + ", with version " + i.noticeVersion() + " of the privacy notice";
        }
        return "Not told" + about + ", because " + lowerFirst(i.reason().label());
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
