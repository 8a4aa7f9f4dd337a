package org.infoshare.scheme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.infoshare.scheme.rules.ApplicationStatus;
import org.infoshare.scheme.rules.HowReceived;
import org.infoshare.scheme.rules.Scheme;
import org.infoshare.scheme.rules.Stage;

/** An application as the API answers it: its own shape, independent of storage. */
public record SchemeResponse(UUID id, String reference, Scheme scheme, LocalDate receivedOn, HowReceived howReceived,
                             SchemeApplication.Applicant applicant, UUID personAtRiskId, UUID subjectId, UUID recordedBy, Instant recordedAt,
                             ApplicationStatus status, Stage next, SchemeApplication.Checks checks, SchemeApplication.Meeting meeting,
                             SchemeApplication.Forum forum, SchemeApplication.Decision decision, SchemeApplication.Disclosure disclosure) {

    static SchemeResponse of(SchemeApplication a) {
        return new SchemeResponse(a.id(), a.reference(), a.scheme(), a.receivedOn(), a.howReceived(), a.applicant(), a.personAtRiskId(),
                a.subjectId(), a.recordedBy(), a.recordedAt(), a.status(), a.next(), a.checks(), a.meeting(), a.forum(), a.decision(), a.disclosure());
    }

    /** A line of the list: no personal data. */
    public record Summary(UUID id, String reference, Scheme scheme, LocalDate receivedOn, ApplicationStatus status, Stage next) {
        static Summary of(SchemeApplication a) {
            return new Summary(a.id(), a.reference(), a.scheme(), a.receivedOn(), a.status(), a.next());
        }
    }
}
