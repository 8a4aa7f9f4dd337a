package org.infoshare.decision;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.decision.rules.Answer;
import org.infoshare.decision.rules.DecisionFacts;
import org.infoshare.decision.rules.DecisionResult;
import org.infoshare.decision.rules.Outcome;
import org.infoshare.decision.rules.Question;
import org.infoshare.shared.Role;

/**
 * A recorded decision: the facts as stated, the engine's result, the practitioner's rationale, who and when;
 * and what followed (advice, a manager's review of a consent override, a verbal share confirmed in writing,
 * reconsideration).
 */
public record RecordedDecision(
        UUID id,
        UUID organisationId,
        UUID subjectId,
        UUID recipientOrganisationId,
        UUID recipientTeamId,
        DecisionCommands.Decide stated,
        DecisionFacts facts,
        DecisionResult result,
        Outcome outcome,
        DecisionStatus status,
        String engineVersion,
        UUID decidedBy,
        Set<UUID> decidedByTeams,
        Instant decidedAt,
        Instant completedAt,
        UUID reconsidersId,
        String newInformation,
        List<UUID> reconsideredBy,
        UUID requestId,
        Role adviserRole,
        Advice advice,
        Review review,
        VerbalShare verbalShare) {

    public record Advice(UUID advisedBy, Instant advisedAt, Map<Question, Answer> answers, String text) {
    }

    public enum ReviewStatus { OPEN, AGREED, DISAGREED }

    public record Review(ReviewStatus status, UUID reviewedBy, Instant reviewedAt, String comments) {
    }

    public record VerbalShare(Instant sharedAt, String sharedWith, Instant writtenConfirmationAt) {
    }

    public boolean completed() {
        return status == DecisionStatus.DECIDED;
    }
}
