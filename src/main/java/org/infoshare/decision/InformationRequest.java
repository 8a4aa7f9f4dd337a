package org.infoshare.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.infoshare.decision.rules.Outcome;
import org.infoshare.decision.rules.Urgency;
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
        Instant answeredAt) {

    public enum Status { OPEN, AWAITING_ADVICE, ANSWERED }

    /** Who the request is about, as the requester identified them. */
    public record Person(String name, LocalDate dateOfBirth, String reference) {
    }

    /** The holder's answer as the requester sees it: the outcome, the reasons, and the holder's message. */
    public record Reply(Outcome outcome, String summary, List<String> reasons, List<String> shared, List<String> withheld, String message) {
    }
}
