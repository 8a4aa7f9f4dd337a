package org.infoshare.decision.rules;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.infoshare.agreement.TransferMethod;
import org.infoshare.legal.DataCategory;
import org.infoshare.legal.SpecialCategory;
import org.infoshare.shared.Role;

/**
 * What the engine concluded and why: the outcome, the path it took question by question, the lawful basis
 * chain it relied on, the items to share and those withheld with the reason, and the conditions of sharing.
 *
 * @param summary          one plain-English sentence: the engine's rationale for the outcome
 * @param consentId        the consent record the share relies on, when it relies on consent
 * @param consentOverridden the person refused or withdrew consent and the share goes ahead regardless
 * @param managerReview    the decision must be reviewed by a manager (an override of consent)
 * @param openQuestions    for SEEK_ADVICE: what the adviser must answer
 * @param adviser          for SEEK_ADVICE: who should advise
 * @param consentIsLawfulBasis the share relies on consent as its UK GDPR lawful basis, not only to meet the duty of
 *                         confidence (002 §2.4)
 * @param consultation     when confidence owed to another organisation was overridden: whether it was consulted
 */
public record DecisionResult(
        Outcome outcome,
        String summary,
        List<PathStep> path,
        List<ChainLink> chain,
        List<ItemDecision> shared,
        List<ItemDecision> withheld,
        Conditions conditions,
        UUID consentId,
        boolean consentOverridden,
        boolean managerReview,
        UUID agreementId,
        List<Question> openQuestions,
        Role adviser,
        boolean consentIsLawfulBasis,
        Consultation consultation) {

    public DecisionResult {
        Objects.requireNonNull(outcome, "outcome");
        path = List.copyOf(path);
        chain = List.copyOf(chain);
        shared = List.copyOf(shared);
        withheld = List.copyOf(withheld);
        openQuestions = List.copyOf(openQuestions);
    }

    /** One question the engine asked, the answer it took from the facts, and what followed, with its source. */
    public record PathStep(String question, String answer, String explanation, String citation) {
    }

    /** One provision the decision rests on, and why it applies here. */
    public record ChainLink(String code, String kind, String citation, String title, String why) {
    }

    /** An item of information, shared or withheld, with the reason. */
    public record ItemDecision(String code, String label, DataCategory category, SpecialCategory specialCategory,
                               boolean opinion, String reason) {
    }

    /**
     * How to share (003 'How?', 002 §4.4): by one of these secure methods only; whether to tell the person
     * or the recorded reason not to; fact marked apart from opinion; others' identities protected.
     */
    public record Conditions(Set<TransferMethod> secureMethods, boolean informPerson, String notInformReason,
                             boolean distinguishFactFromOpinion, boolean protectThirdParties, boolean confirmInWriting,
                             boolean outsideUkSafeguards, List<String> notes) {
        public Conditions {
            // In the vocabulary's order, so that a decision reads the same every time it is shown.
            secureMethods = secureMethods.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(secureMethods));
            notes = List.copyOf(notes);
        }

        public static final Conditions NONE = new Conditions(Set.of(), false, null, false, false, false, false, List.of());
    }
}
