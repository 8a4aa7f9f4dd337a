package org.infoshare.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.infoshare.decision.rules.Outcome;
import org.infoshare.decision.rules.Urgency;
import org.infoshare.ledger.rules.RecordFinding;
import org.infoshare.shared.SharingPurpose;

/**
 * One agency's request to another for information (004 §6, §7): the purpose, the legal basis, what is asked
 * for and why; and the holder's answer, with its reasons explained to the requester.
 */
public record InformationRequest(
        UUID id,
        UUID requesterOrganisationId,
        UUID requesterUserId,
        UUID requesterSubjectId,
        UUID holderOrganisationId,
        UUID holderTeamId,
        SharingPurpose purpose,
        String gatewayCode,
        boolean forPartnershipFunctions,
        Urgency urgency,
        List<String> items,
        Person person,
        String reason,
        Status status,
        UUID decisionId,
        UUID previousDecisionId,
        Reply reply,
        String newInformation,
        Instant sentAt,
        Instant answeredAt,
        @Schema(description = "When one request is read: AS_RECORDED when it is stored as the ledger recorded it; CHANGED (changed after it "
                + "was recorded) or ADDED (put into the database without a ledger entry) when it is not, and then it must not be relied on. "
                + "Lists check each request they hold the same way; NOT_CHECKED in answers to a change") String recordIntegrity) {

    public enum Status { OPEN, AWAITING_ADVICE, ANSWERED }

    static final String AS_RECORDED = "AS_RECORDED";
    static final String NOT_CHECKED = "NOT_CHECKED";

    /** Whether it was read and found not as the ledger recorded it: a list marks it. */
    public boolean notAsRecorded() {
        return recordIntegrity != null && !AS_RECORDED.equals(recordIntegrity) && !NOT_CHECKED.equals(recordIntegrity);
    }

    /** The request as read, with what the ledger says of its stored content (ADR 0063). */
    InformationRequest read(Optional<RecordFinding> finding) {
        return new InformationRequest(id, requesterOrganisationId, requesterUserId, requesterSubjectId, holderOrganisationId, holderTeamId, purpose,
                gatewayCode, forPartnershipFunctions, urgency, items, person, reason, status, decisionId, previousDecisionId, reply, newInformation,
                sentAt, answeredAt, finding.map(f -> f.kind().name()).orElse(AS_RECORDED));
    }

    /** Who the request is about, as the requester identified them. */
    public record Person(String name, LocalDate dateOfBirth, String reference) {
    }

    /** The holder's answer as the requester sees it: the outcome, the reasons, and the holder's message. */
    public record Reply(Outcome outcome, String summary, List<String> reasons, List<String> shared, List<String> withheld, String message) {
    }
}
