package org.infoshare.decision.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.infoshare.legal.DataCategory;
import org.infoshare.legal.LegalProvision;
import org.infoshare.shared.Role;

/**
 * Walks the layers of a sharing decision (DOMAIN 'The decision, layer by layer'; 003 'When? Who? How?'; 000
 * Appendix 1) and answers share, do not share or seek advice, with the path it took, the lawful basis chain, the
 * items to share and withhold, and the conditions. Each layer is a policy: a function of the inputs named here,
 * returning its verdict, its reason and what it establishes; the engine passes what one layer establishes to the
 * next, and nothing else is shared. The layers are numbered in the order they run. Plain Java: no state.
 */
public final class SharingDecisionEngine {

    /** Changes whenever the rules change, so that every recorded decision says which rules made it. */
    public static final String VERSION = "2026.12-1";

    public DecisionResult evaluate(DecisionFacts facts, AgreementIndex agreements) {
        return evaluate(facts, agreements.between(facts.holder().organisationId(), facts.recipientOrganisationId()));
    }

    /** @param agreements the agreements between the holder and the recipient, in any status */
    public DecisionResult evaluate(DecisionFacts f, List<ApplicableAgreement> agreements) {
        Path path = new Path();

        // 1. Purpose: advice wanted first? a clear and legitimate purpose?
        Ruling<Void> purpose = PurposePolicy.decide(f.adviceWanted(), f.purpose(), f.purposeLegitimate(), f.identifiable());
        if (path.ends(purpose)) {
            return stopped(f, path, purpose, null, false);
        }

        // 2. Agreement: one in force that covers this purpose between these organisations?
        Ruling<ApplicableAgreement> agreementRuling = AgreementPolicy.decide(f.mode(), f.purpose(), f.holder().organisationId(),
                f.recipientOrganisationId(), agreements);
        if (path.ends(agreementRuling)) {
            return stopped(f, path, agreementRuling, null, false);
        }
        ApplicableAgreement agreement = agreementRuling.established();

        // 3. Confidentiality: identifiable? confidential?
        Confidentiality confidentiality = path.take(ConfidentialityPolicy.decide(f.identifiable(), f.confidential(), f.person().deceased()));
        boolean personal = confidentiality != Confidentiality.NOT_PERSONAL;

        ConsentStanding consent = ConsentStanding.of(ConsentStanding.State.NOT_ENGAGED);
        Reasons reasons = Reasons.NONE;
        boolean overridden = false;
        Consultation consultation = null;
        if (personal) {
            // 4. A request the law requires the holder to answer (Children Act 2004 s14B)?
            Ruling<Boolean> duty = PartnershipRequestPolicy.decide(f.request());
            if (path.ends(duty)) {
                return stopped(f, path, duty, agreement, false);
            }
            boolean legalDuty = duty.established();

            // 5. Consent, as the duty of confidence and the person's wishes see it
            Ruling<ConsentStanding> consentRuling = ConsentPolicy.decide(confidentiality, legalDuty, f.person(), f.consent(), f.purpose(),
                    f.recipientOrganisationId(), f.today());
            if (path.ends(consentRuling)) {
                return stopped(f, path, consentRuling, agreement, false);
            }
            consent = consentRuling.established();
            boolean lookForReasons = !consent.covers() && !legalDuty;

            // 6. A child at risk of significant harm; an adult at risk
            SafeguardingPolicy.AtRisk atRisk = new SafeguardingPolicy.AtRisk(false, false);
            // 7. Someone's life at risk
            boolean vital = false;
            if (lookForReasons) {
                Ruling<SafeguardingPolicy.AtRisk> safeguarding = SafeguardingPolicy.decide(f.person(), f.safeguarding());
                if (path.ends(safeguarding)) {
                    return stopped(f, path, safeguarding, agreement, false);
                }
                atRisk = safeguarding.established();
                Ruling<Boolean> life = VitalInterestsPolicy.decide(f.safeguarding().vitalInterests());
                if (path.ends(life)) {
                    return stopped(f, path, life, agreement, false);
                }
                vital = life.established();
            }

            // 8. Statutory gateways the holder can use
            List<LegalProvision> gateways = path.take(GatewayPolicy.decide(f.holder().type(), f.gateways(), f.request(), legalDuty));

            // 9. The public interest criteria
            Set<PublicInterest> publicInterest = lookForReasons ? path.take(PublicInterestPolicy.decide(f.publicInterest())) : Set.of();
            reasons = new Reasons(legalDuty, atRisk.child(), atRisk.adult(), vital, gateways, publicInterest);

            // 10. Without consent, a reason strong enough to share; a refusal overridden only with a justification
            Ruling<Boolean> reasonToShare = ReasonToSharePolicy.decide(confidentiality, consent, reasons, f.consent(), f.holder().healthOrSocialCare());
            if (path.ends(reasonToShare)) {
                return stopped(f, path, reasonToShare, agreement, false);
            }
            overridden = reasonToShare.established();

            // 11. Confidence owed to the organisation that provided the information
            boolean overridingConfidence = confidentiality == Confidentiality.CONFIDENTIAL && lookForReasons;
            Ruling<Consultation> owed = ConfidenceOwedPolicy.decide(f.confidenceOwed(), overridingConfidence, f.recipientOrganisationId(), f.urgency());
            if (path.ends(owed)) {
                return stopped(f, path, owed, agreement, consent.covers());
            }
            consultation = owed.established();

            // 12. Proportionality: no less intrusive means; proportionate to the need and the risk
            Ruling<Void> proportionality = ProportionalityPolicy.decide(consent.covers(), f.proportionality());
            if (path.ends(proportionality)) {
                return stopped(f, path, proportionality, agreement, consent.covers());
            }
        }

        // 13. The lawful basis, in layers; consent is the basis only for an organisation that relies on it
        boolean consentIsBasis = ConsentBasisPolicy.mayRelyOnConsent(f.holder(), agreement);
        if (consent.covers() && !f.person().deceased()) {
            path.add(ConsentBasisPolicy.step(consentIsBasis, agreement));
        }
        ConditionFacts conditionFacts = new ConditionFacts(f.holder(), f.recipientType(), f.purpose(), consent, consentIsBasis, reasons);
        LawfulBasisPolicy.LawfulBasis basis = path.take(LawfulBasisPolicy.decide(f, confidentiality, conditionFacts, overridden, needs(f)));

        // 14. Outside the UK
        if (personal) {
            Ruling<Void> abroad = OutsideUkPolicy.decide(f.outsideUk(), f.outsideUkException(), reasons.safeguarding() || reasons.vitalInterests());
            if (path.ends(abroad)) {
                return stopped(f, path, abroad, agreement, consent.covers());
            }
        }

        // 15. Minimisation: only what is necessary and allowed
        boolean onlyForTheChild = personal && !consent.covers() && !f.person().isTheChildAtRisk() && reasons.onlyChildProtection();
        Ruling<MinimisationPolicy.Items> minimised = MinimisationPolicy.decide(f.items(), agreement, f.recipientOrganisationId(), basis, onlyForTheChild);
        if (path.ends(minimised)) {
            return stopped(f, path, minimised, agreement, consent.covers());
        }
        MinimisationPolicy.Items items = minimised.established();

        // 16. How: secure methods, the person told or the reason not, fact and opinion, third parties
        DecisionResult.Conditions conditions = path.take(HowPolicy.decide(f, agreement, personal, items.shared(),
                consultation == Consultation.NOT_CONSULTED));

        // 17. Record the decision and the reasons for it
        path.add(recordStep(Outcome.SHARE));
        if (basis.chain().isEmpty() || items.shared().isEmpty()) {
            throw new IllegalStateException("A share needs a lawful basis chain and at least one item");
        }
        return new DecisionResult(Outcome.SHARE, shareSummary(items, basis, overridden), path.steps, basis.chain(), items.shared(), items.withheld(),
                conditions, consent.covers() ? consent.consentId() : null, overridden, overridden, agreement == null ? null : agreement.agreementId(),
                List.of(), null, basis.consentIsBasis(), consultation);
    }

    private static LawfulBasisPolicy.Needs needs(DecisionFacts f) {
        boolean special = false;
        boolean criminal = false;
        for (DecisionFacts.RequestedItem item : f.items()) {
            if (item.necessary()) {
                special |= item.category() == DataCategory.SPECIAL_CATEGORY;
                criminal |= item.category() == DataCategory.CRIMINAL_OFFENCE;
            }
        }
        return new LawfulBasisPolicy.Needs(special, criminal);
    }

    /** A layer ended the walk: nothing is shared; every item asked for is withheld with the reason. */
    private static DecisionResult stopped(DecisionFacts f, Path path, Ruling<?> stop, ApplicableAgreement agreement, boolean consentCovers) {
        path.add(recordStep(stop.verdict()));
        List<DecisionResult.ItemDecision> withheld = new ArrayList<>(f.items().size());
        Set<String> seen = new HashSet<>();
        String reason = stop.verdict() == Outcome.SEEK_ADVICE ? "Not shared while advice is sought." : "Not shared: " + stop.summary();
        for (DecisionFacts.RequestedItem item : f.items()) {
            if (seen.add(item.code())) {
                withheld.add(new DecisionResult.ItemDecision(item.code(), item.label(), item.category(), item.specialCategory(), item.opinion(), reason));
            }
        }
        boolean advice = stop.verdict() == Outcome.SEEK_ADVICE;
        return new DecisionResult(stop.verdict(), stop.summary(), path.steps, List.of(), List.of(), withheld, DecisionResult.Conditions.NONE, null,
                false, false, agreement == null ? null : agreement.agreementId(),
                advice ? OpenQuestions.of(f, stop.question(), consentCovers) : List.of(),
                advice ? (stop.adviser() == null ? Role.MANAGER : stop.adviser()) : null, false, null);
    }

    private static DecisionResult.PathStep recordStep(Outcome outcome) {
        return Ruling.step("Record the decision and the reasons for it", outcome.label(),
                "Record the decision whether or not you share, with what was shared, with whom, for what purpose and why.",
                "003 golden rule 7; 004 golden rule 7");
    }

    private static String shareSummary(MinimisationPolicy.Items items, LawfulBasisPolicy.LawfulBasis basis, boolean overridden) {
        StringBuilder summary = new StringBuilder(160);
        summary.append("Share ").append(items.shared().size()).append(items.shared().size() == 1 ? " item" : " items");
        if (!items.withheld().isEmpty()) {
            summary.append(" (withholding ").append(items.withheld().size()).append(')');
        }
        summary.append(", relying on ").append(basis.summary() == null ? "the lawful basis shown" : basis.summary());
        if (overridden) {
            summary.append("; their refusal of consent is overridden and the override goes to a manager for review");
        }
        summary.append('.');
        return summary.toString();
    }

    /** The path as the layers add to it; the engine's own, passed to no policy. */
    static final class Path {
        private final List<DecisionResult.PathStep> steps = new ArrayList<>(20);

        boolean ends(Ruling<?> ruling) {
            steps.addAll(ruling.steps());
            return ruling.ends();
        }

        <T> T take(Ruling<T> ruling) {
            if (ruling.ends()) {
                throw new IllegalStateException("This layer cannot end the walk");
            }
            steps.addAll(ruling.steps());
            return ruling.established();
        }

        void add(DecisionResult.PathStep step) {
            steps.add(step);
        }
    }
}
