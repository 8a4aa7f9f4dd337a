package org.infoshare.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.infoshare.incident.rules.Containment;
import org.infoshare.incident.rules.DataAffected;
import org.infoshare.incident.rules.Encryption;
import org.infoshare.incident.rules.IcoReason;
import org.infoshare.incident.rules.IncidentKind;
import org.infoshare.incident.rules.Likelihood;
import org.infoshare.incident.rules.Outcome;
import org.infoshare.incident.rules.PeopleReason;
import org.infoshare.incident.rules.RiskInputs;
import org.infoshare.incident.rules.RiskLevel;
import org.infoshare.incident.rules.RiskReason;
import org.infoshare.incident.rules.RiskVerdict;
import org.infoshare.incident.rules.Severity;

/**
 * An incident as its organisation's Data Protection Officer reads it: what was reported, and each step since.
 * Steps not yet taken are null.
 *
 * @param awareAt    when the organisation became aware: the 72 hours run from here
 * @param recordType with {@code recordId}, the disclosure or dataset it arose from
 * @param attemptedBy for a refused attempt to open a record, who tried (their attempts are counted)
 */
public record Incident(UUID id, long number, UUID organisationId, Source source, IncidentKind kind, Instant occurredAt, Instant awareAt,
                       Instant reportedAt, UUID reportedBy, Set<DataAffected> dataAffected, Integer peopleAffected, String account,
                       String involved, String actionsTaken, String recordType, UUID recordId, UUID subjectId, UUID attemptedBy,
                       int attempts, Status status, Assessment assessment, IcoDecision ico, PeopleDecision people, Closure closure,
                       int version) {

    /** How the incident reached the register. */
    public enum Source {
        REPORTED("Reported by a member of staff"),
        DISCLOSURE_WITHDRAWN("A disclosure withdrawn as sent in error"),
        ACCESS_REFUSED("Someone tried to open a record not meant for them");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Status { OPEN, CLOSED }

    /** The latest structured risk assessment, and what it concluded. */
    public record Assessment(Instant assessedAt, UUID assessedBy, Likelihood likelihood, Severity severity, Encryption encryption,
                             Containment containment, boolean lawEnforcement, RiskLevel level, int score, List<RiskReason> reasons,
                             String notes) {

        public RiskInputs inputs(Set<DataAffected> dataAffected, Integer peopleAffected) {
            return new RiskInputs(likelihood, severity, dataAffected, peopleAffected, encryption, containment, lawEnforcement);
        }

        /** The conclusion as recorded (the rules that reached it may since have changed). */
        public RiskVerdict verdict() {
            return new RiskVerdict(level, score, reasons, level != RiskLevel.UNLIKELY, level == RiskLevel.HIGH,
                    lawEnforcement ? "DPA 2018 s67" : "UK GDPR Art 33", lawEnforcement ? "DPA 2018 s68" : "UK GDPR Art 34");
        }
    }

    /** The decision about telling the ICO and, once sent, the report. */
    public record IcoDecision(IcoReason reason, Instant decidedAt, UUID decidedBy, String departure, String notes, Instant reportedAt,
                              String reference, String lateReason) {
        public boolean tellIco() {
            return reason.tellIco();
        }
    }

    /** The decision about telling the people affected and, once done, how they were told. */
    public record PeopleDecision(PeopleReason reason, Instant decidedAt, UUID decidedBy, String departure, String notes, Instant toldAt,
                                 String toldHow) {
        public boolean tell() {
            return reason.tell();
        }
    }

    public record Closure(Instant closedAt, UUID closedBy, Outcome outcome, String lessons) {
    }

    /** "INC-000042": how people refer to it. */
    public String reference() {
        return reference(number);
    }

    static String reference(long number) {
        return String.format("INC-%06d", number);
    }

    public boolean open() {
        return status == Status.OPEN;
    }

    /** The day it was reported, in London. */
    public LocalDate reportedOn() {
        return LocalDate.ofInstant(reportedAt, org.infoshare.shared.UkCalendar.ZONE);
    }
}
