package org.infoshare.decision;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.decision.record.DecisionRecord;
import org.infoshare.decision.rules.Answer;
import org.infoshare.decision.rules.Outcome;
import org.infoshare.decision.rules.Question;
import org.infoshare.shared.Role;

/**
 * A recorded decision: the record itself (what was stated, the facts, the result, and any disagreement and
 * judgement, in the record's own shape), who and when, and what followed (advice, a manager's review of a
 * consent override, a verbal share confirmed in writing, reconsideration).
 *
 * @param schemaVersion the shape the row was written in; {@link #record()} is always in the current one
 * @param familyDecisionId the family decision this member's decision belongs to, if any
 * @param judgeRole     who decides a disagreement waiting for judgement
 */
public record RecordedDecision(
        UUID id,
        UUID organisationId,
        UUID subjectId,
        UUID recipientOrganisationId,
        UUID recipientTeamId,
        DecisionRecord record,
        Outcome outcome,
        DecisionStatus status,
        String engineVersion,
        int schemaVersion,
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
        VerbalShare verbalShare,
        UUID familyDecisionId,
        Role judgeRole) {

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

    public DecisionRecord.Stated stated() {
        return record.stated();
    }

    public DecisionRecord.Facts facts() {
        return record.facts();
    }

    public DecisionRecord.Result result() {
        return record.result();
    }
}
