package org.infoshare.decision.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.infoshare.legal.LegalProvision;
import org.infoshare.shared.Role;

/** The engine's notes while it walks the layers for one case: the path so far and what each layer settled. */
final class Workings {

    /** What makes sharing without consent possible (003 'When?': 'another reason to share'). */
    enum Reason { NOT_CONFIDENTIAL, CHILD_AT_RISK, ADULT_AT_RISK, VITAL_INTERESTS, PUBLIC_FUNCTION, LEGAL_DUTY, PUBLIC_INTEREST }

    /** Where consent stands for this purpose and this recipient. */
    enum ConsentStanding { COVERS, REFUSED, WITHDRAWN, EXPIRED, NOT_FOR_THIS_SHARE, NOT_SOUGHT, NOT_NEEDED }

    final DecisionFacts facts;
    final List<ApplicableAgreement> agreements;
    final List<DecisionResult.PathStep> path = new ArrayList<>(16);
    final List<DecisionResult.ChainLink> chain = new ArrayList<>(8);
    final EnumSet<Reason> reasons = EnumSet.noneOf(Reason.class);
    final EnumSet<Question> triggered = EnumSet.noneOf(Question.class);

    ApplicableAgreement agreement;
    boolean anonymous;
    ConsentStanding consent;
    boolean reliesOnConsent;
    boolean explicitConsent;
    boolean overridden;
    String specialWithheld;
    String criminalWithheld;
    String basisSummary;
    Set<String> gateways = Set.of();
    List<DecisionResult.ItemDecision> shared = List.of();
    List<DecisionResult.ItemDecision> withheld = List.of();
    DecisionResult.Conditions conditions = DecisionResult.Conditions.NONE;
    Role adviser;

    Workings(DecisionFacts facts, List<ApplicableAgreement> agreements) {
        this.facts = facts;
        this.agreements = agreements;
    }

    void step(String question, String answer, String explanation, String citation) {
        path.add(new DecisionResult.PathStep(question, answer, explanation, citation));
    }

    void link(LegalProvision provision, String why) {
        for (DecisionResult.ChainLink existing : chain) {
            if (existing.code().equals(provision.code())) {
                return;
            }
        }
        chain.add(new DecisionResult.ChainLink(provision.code(), provision.kind().name(), provision.citation(), provision.title(), why));
    }

    boolean safeguarding() {
        return reasons.contains(Reason.CHILD_AT_RISK) || reasons.contains(Reason.ADULT_AT_RISK);
    }

    boolean statutory() {
        return reasons.contains(Reason.PUBLIC_FUNCTION) || reasons.contains(Reason.LEGAL_DUTY);
    }

    boolean crimeInterest() {
        for (PublicInterest interest : facts.publicInterest()) {
            if (interest.crime()) {
                return true;
            }
        }
        return false;
    }

    UUID consentId() {
        return reliesOnConsent && facts.consent().record() != null ? facts.consent().record().consentId() : null;
    }

    /** Ends the walk: seek advice on this question, from this adviser. */
    Verdict seekAdvice(Question question, Role who, String summary) {
        triggered.add(question);
        adviser = who;
        return new Verdict(Outcome.SEEK_ADVICE, summary);
    }
}
