package org.infoshare.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.infoshare.incident.rules.DataAffected;
import org.infoshare.incident.rules.IcoReason;
import org.infoshare.incident.rules.IncidentKind;
import org.infoshare.incident.rules.Outcome;
import org.infoshare.incident.rules.PeopleReason;
import org.infoshare.incident.rules.RiskLevel;
import org.infoshare.incident.rules.RiskReason;
import org.infoshare.ledger.rules.RecordFinding;

/**
 * An incident as the API answers it: its own shape, independent of how the register stores it. What is filled in
 * depends on who asks: the owner's readers see everything; the reporter their report and where it stands; a party
 * what it was told, its own part and the notes. When one incident is read, {@code recordIntegrity} says whether it is
 * stored as the ledger last recorded it (ADR 0063).
 */
public record IncidentResponse(UUID id, String reference, UUID organisationId, Incident.Source source, IncidentKind kind,
                               Instant occurredAt, Instant awareAt, Instant reportedAt, UUID reportedBy, Set<DataAffected> dataAffected,
                               Integer peopleAffected, String account, String involved, String actionsTaken, UUID recordId,
                               String recordType, int attempts, Incident.Status status, IncidentClock clock, Assessment assessment,
                               Ico ico, People people, Closure closure, List<Party> parties, List<Note> notes, List<Referral> referrals,
                               @Schema(description = "When one incident is read: AS_RECORDED when it is stored as the ledger recorded it; CHANGED "
                                       + "(changed after it was recorded) or ADDED (put in the database without a ledger entry) when it is not: "
                                       + "do not rely on it, and tell your Data Protection Officer. NOT_CHECKED in answers to a change")
                               String recordIntegrity) {

    static final String AS_RECORDED = "AS_RECORDED";
    static final String NOT_CHECKED = "NOT_CHECKED";

    public record Assessment(Instant assessedAt, UUID assessedBy, RiskLevel level, int score, List<RiskReason> reasons,
                             boolean icoRequired, boolean peopleRequired, String icoProvision, String peopleProvision, String notes) {
    }

    public record Ico(IcoReason reason, boolean tellIco, Instant decidedAt, UUID decidedBy, String departure, String notes,
                      Instant reportedAt, String reference, String lateReason) {
    }

    public record People(PeopleReason reason, boolean tell, Instant decidedAt, UUID decidedBy, String departure, String notes,
                         Instant toldAt, String toldHow) {
    }

    public record Closure(Instant closedAt, UUID closedBy, Outcome outcome, String lessons) {
    }

    public record Party(UUID organisationId, Instant toldAt, String message, Instant acknowledgedAt,
                        IncidentCommands.PartyResponse response, Instant respondedAt, String responseNotes) {
    }

    public record Note(UUID id, UUID organisationId, UUID writtenBy, Instant writtenAt, String note) {
    }

    public record Referral(UUID id, IncidentCommands.ReferredTo referredTo, UUID staffMember, LocalDate referredOn, String reference,
                           String notes) {
    }

    /** An answer to a change: the incident as it now stands, its integrity not checked. */
    static IncidentResponse of(IncidentDetails details) {
        return of(details, NOT_CHECKED);
    }

    /** One incident as read, with what the ledger says of it as stored. */
    static IncidentResponse read(IncidentDetails details, Optional<RecordFinding> finding) {
        return of(details, finding.map(f -> f.kind().name()).orElse(AS_RECORDED));
    }

    private static IncidentResponse of(IncidentDetails details, String integrity) {
        Incident i = details.incident();
        boolean owner = details.access().owner();
        boolean ownView = owner || details.access() == IncidentAccess.REPORTER;
        Assessment assessment = owner && i.assessment() != null ? assessment(i.assessment()) : null;
        Ico ico = owner && i.ico() != null ? new Ico(i.ico().reason(), i.ico().tellIco(), i.ico().decidedAt(), i.ico().decidedBy(),
                i.ico().departure(), i.ico().notes(), i.ico().reportedAt(), i.ico().reference(), i.ico().lateReason()) : null;
        People people = owner && i.people() != null ? new People(i.people().reason(), i.people().tell(), i.people().decidedAt(),
                i.people().decidedBy(), i.people().departure(), i.people().notes(), i.people().toldAt(), i.people().toldHow()) : null;
        Closure closure = i.closure() == null ? null : new Closure(i.closure().closedAt(), owner ? i.closure().closedBy() : null,
                i.closure().outcome(), owner ? i.closure().lessons() : null);
        return new IncidentResponse(i.id(), i.reference(), i.organisationId(), i.source(), i.kind(), i.occurredAt(), i.awareAt(),
                i.reportedAt(), ownView ? i.reportedBy() : null, i.dataAffected(), i.peopleAffected(),
                ownView ? i.account() : null, ownView ? i.involved() : null, ownView ? i.actionsTaken() : null,
                owner ? i.recordId() : null, owner ? i.recordType() : null, i.attempts(), i.status(), details.clock(), assessment, ico,
                people, closure,
                details.parties().stream().map(p -> new Party(p.organisationId(), p.toldAt(), p.message(), p.acknowledgedAt(), p.response(),
                        p.respondedAt(), p.responseNotes())).toList(),
                details.notes().stream().map(n -> new Note(n.id(), n.organisationId(), n.writtenBy(), n.writtenAt(), n.note())).toList(),
                details.referrals().stream().map(r -> new Referral(r.id(), r.referredTo(), r.staffMember(), r.referredOn(), r.reference(),
                        r.notes())).toList(), integrity);
    }

    private static Assessment assessment(Incident.Assessment a) {
        var verdict = a.verdict();
        return new Assessment(a.assessedAt(), a.assessedBy(), a.level(), a.score(), a.reasons(), verdict.icoRequired(),
                verdict.peopleRequired(), verdict.icoProvision(), verdict.peopleProvision(), a.notes());
    }

    /** A line of a list: no text, the clock included, and whether the incident is stored as the ledger recorded it. */
    public record Summary(UUID id, String reference, UUID organisationId, Incident.Source source, IncidentKind kind, Instant awareAt,
                          Instant reportedAt, Incident.Status status, RiskLevel riskLevel, IcoReason icoReason, IncidentClock clock,
                          @Schema(description = "AS_RECORDED when it is stored as the ledger recorded it; CHANGED (changed after it was "
                                  + "recorded) or ADDED (put in the database without a ledger entry) when it is not: do not rely on it, "
                                  + "and tell your Data Protection Officer") String recordIntegrity) {

        static Summary of(Incident i, IncidentClock clock, boolean owner, Optional<RecordFinding> finding) {
            return new Summary(i.id(), i.reference(), i.organisationId(), i.source(), i.kind(), i.awareAt(), i.reportedAt(), i.status(),
                    owner && i.assessment() != null ? i.assessment().level() : null, owner && i.ico() != null ? i.ico().reason() : null, clock,
                    finding.map(f -> f.kind().name()).orElse(AS_RECORDED));
        }
    }
}
