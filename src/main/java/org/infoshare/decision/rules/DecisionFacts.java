package org.infoshare.decision.rules;

import org.infoshare.shared.SharingPurpose;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.infoshare.legal.DataCategory;
import org.infoshare.legal.SpecialCategory;

/**
 * The facts of one case as the practitioner states them (003 'When? Who? How?', 004 §2-6): who the
 * information is about, who holds it and who would receive it, why, what, the consent position, the
 * safeguarding and public interest facts, the proportionality answers, urgency and where it would go.
 */
public record DecisionFacts(
        DecisionMode mode,
        Person person,
        Holder holder,
        UUID recipientOrganisationId,
        SharingPurpose purpose,
        Answer purposeLegitimate,
        List<RequestedItem> items,
        boolean identifiable,
        boolean confidential,
        ConsentFacts consent,
        Safeguarding safeguarding,
        Set<PublicInterest> publicInterest,
        Proportionality proportionality,
        Set<String> gatewayCodes,
        RequestBasis request,
        Urgency urgency,
        OutsideUk outsideUk,
        Answer outsideUkException,
        Inform inform,
        boolean adviceWanted,
        LocalDate today) {

    public DecisionFacts {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(recipientOrganisationId, "recipientOrganisationId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(today, "today");
        purposeLegitimate = purposeLegitimate == null ? Answer.NOT_SURE : purposeLegitimate;
        items = items == null ? List.of() : List.copyOf(items);
        consent = consent == null ? new ConsentFacts(null, null, null) : consent;
        safeguarding = safeguarding == null ? Safeguarding.NONE : safeguarding;
        publicInterest = publicInterest == null || publicInterest.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(publicInterest));
        proportionality = proportionality == null ? new Proportionality(Answer.NOT_SURE, Answer.NOT_SURE) : proportionality;
        gatewayCodes = gatewayCodes == null ? Set.of() : Set.copyOf(gatewayCodes);
        urgency = urgency == null ? Urgency.ROUTINE : urgency;
        outsideUk = outsideUk == null ? OutsideUk.NO : outsideUk;
        outsideUkException = outsideUkException == null ? Answer.NOT_SURE : outsideUkException;
        inform = inform == null ? new Inform(Answer.YES, null) : inform;
    }

    /**
     * @param ageYears age in whole years, or null when unknown (then treated as possibly a child and possibly an adult)
     * @param deceased outside data protection law, inside the duty of confidence (002 §4.2)
     */
    public record Person(Integer ageYears, boolean deceased) {

        public boolean child() {
            return ageYears != null && ageYears < 18;
        }

        public boolean adult() {
            return ageYears == null || ageYears >= 18;
        }
    }

    /** The organisation that holds the information: what kind of body it is decides which law applies. */
    public record Holder(UUID organisationId, boolean publicAuthority, boolean competentAuthority, boolean healthOrSocialCare) {
        public Holder {
            Objects.requireNonNull(organisationId, "organisationId");
        }
    }

    /**
     * One item of information the practitioner would share.
     *
     * @param specialCategory set when {@code category} is special category data
     * @param opinion         professional opinion rather than fact (003 'Accurate': distinguish them)
     * @param necessary       the practitioner judges it necessary for the purpose (golden rule 6)
     * @param identifiesOthers it would identify third parties who could be harmed (004 rule 5)
     */
    public record RequestedItem(String code, String label, DataCategory category, SpecialCategory specialCategory,
                                boolean opinion, boolean necessary, boolean identifiesOthers) {
        public RequestedItem {
            Objects.requireNonNull(code, "code");
            label = label == null ? code : label;
            category = category == null ? DataCategory.PERSONAL : category;
        }
    }

    /**
     * A consent record from the register, as the engine needs it.
     *
     * @param recipients     the organisations consent was given for (partial consent covers only these); for a
     *                       refusal, empty means refused for everyone
     * @param validUntil     null when open-ended
     * @param lackedCapacity given by the person themselves while lacking capacity (not valid consent: MCA 2005)
     */
    public record ConsentEvidence(UUID consentId, ConsentState state, boolean explicit, boolean lackedCapacity,
                                  Set<SharingPurpose> purposes, Set<UUID> recipients, LocalDate validFrom,
                                  LocalDate validUntil, LocalDate changedOn) {
        public ConsentEvidence {
            Objects.requireNonNull(consentId, "consentId");
            Objects.requireNonNull(state, "state");
            purposes = purposes == null || purposes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(purposes));
            recipients = recipients == null ? Set.of() : Set.copyOf(recipients);
        }
    }

    public enum ConsentState { GIVEN, REFUSED, WITHDRAWN }

    /**
     * The consent position: a record from the register, or consent not sought and why.
     *
     * @param overrideJustification why overriding a refusal or withdrawal would be justified (003)
     * @param overrideDeclined      an adviser judged that overriding it is not justified
     */
    public record ConsentFacts(ConsentEvidence record, NotSoughtReason notSoughtReason, String overrideJustification,
                               boolean overrideDeclined) {

        public ConsentFacts(ConsentEvidence record, NotSoughtReason notSoughtReason, String overrideJustification) {
            this(record, notSoughtReason, overrideJustification, false);
        }

        public boolean hasOverrideJustification() {
            return overrideJustification != null && !overrideJustification.isBlank();
        }
    }

    /** The safeguarding facts: a child at risk of significant harm; the three tests for an adult at risk; life at risk. */
    public record Safeguarding(Answer childAtRisk, Answer adultCareNeeds, Answer adultAbuseOrNeglect,
                               Answer adultUnableToProtect, Answer vitalInterests) {

        public static final Safeguarding NONE = new Safeguarding(Answer.NO, Answer.NO, Answer.NO, Answer.NO, Answer.NO);

        public Safeguarding {
            childAtRisk = Answer.orNo(childAtRisk);
            adultCareNeeds = Answer.orNo(adultCareNeeds);
            adultAbuseOrNeglect = Answer.orNo(adultAbuseOrNeglect);
            adultUnableToProtect = Answer.orNo(adultUnableToProtect);
            vitalInterests = Answer.orNo(vitalInterests);
        }

        List<Answer> adultTests() {
            return List.of(adultCareNeeds, adultAbuseOrNeglect, adultUnableToProtect);
        }
    }

    /** The proportionality questions (003 'Public Interest'; 002 §2.5). */
    public record Proportionality(Answer proportionate, Answer lessIntrusiveMeans) {
        public Proportionality {
            proportionate = proportionate == null ? Answer.NOT_SURE : proportionate;
            lessIntrusiveMeans = lessIntrusiveMeans == null ? Answer.NOT_SURE : lessIntrusiveMeans;
        }
    }

    /** When another agency asked for the information: the legal basis it stated (004 §6, §7). */
    public record RequestBasis(String gatewayCode, Answer forPartnershipFunctions) {
        public RequestBasis {
            forPartnershipFunctions = Answer.orNo(forPartnershipFunctions);
        }
    }

    /** Whether the person will be told, or the recorded reason not to (003 'How?'; 002 §3.1). */
    public record Inform(Answer willInform, NotInformReason reasonNot) {
        public Inform {
            willInform = willInform == null ? Answer.YES : willInform;
        }
    }

    /** The same facts with an adviser's answers in place of the practitioner's uncertain ones. */
    public DecisionFacts resolvedBy(Map<Question, Answer> answers, String overrideJustification) {
        Safeguarding s = safeguarding;
        Answer legitimate = answer(answers, Question.PURPOSE_LEGITIMATE, purposeLegitimate);
        s = new Safeguarding(answer(answers, Question.CHILD_AT_RISK, s.childAtRisk()),
                answer(answers, Question.ADULT_CARE_NEEDS, s.adultCareNeeds()),
                answer(answers, Question.ADULT_ABUSE_OR_NEGLECT, s.adultAbuseOrNeglect()),
                answer(answers, Question.ADULT_UNABLE_TO_PROTECT, s.adultUnableToProtect()),
                answer(answers, Question.VITAL_INTERESTS, s.vitalInterests()));
        Proportionality p = new Proportionality(answer(answers, Question.PROPORTIONATE, proportionality.proportionate()),
                answer(answers, Question.LESS_INTRUSIVE_MEANS, proportionality.lessIntrusiveMeans()));
        RequestBasis r = request == null ? null
                : new RequestBasis(request.gatewayCode(), answer(answers, Question.PARTNERSHIP_FUNCTIONS, request.forPartnershipFunctions()));
        OutsideUk where = outsideUk;
        if (where == OutsideUk.NOT_SURE && answers.containsKey(Question.OUTSIDE_UK_SAFEGUARDS)) {
            where = answers.get(Question.OUTSIDE_UK_SAFEGUARDS) == Answer.YES ? OutsideUk.YES_WITH_SAFEGUARDS : OutsideUk.YES_WITHOUT_SAFEGUARDS;
        }
        Answer exception = answer(answers, Question.OUTSIDE_UK_EXCEPTION, outsideUkException);
        ConsentFacts c = consent;
        Answer override = answers.get(Question.OVERRIDE_JUSTIFICATION);
        if (override == Answer.NO) {
            c = new ConsentFacts(consent.record(), consent.notSoughtReason(), null, true);
        } else if (overrideJustification != null && !overrideJustification.isBlank()) {
            c = new ConsentFacts(consent.record(), consent.notSoughtReason(), overrideJustification, false);
        }
        return new DecisionFacts(mode, person, holder, recipientOrganisationId, purpose, legitimate, items, identifiable,
                confidential, c, s, publicInterest, p, gatewayCodes, r, urgency, where, exception, inform, false, today);
    }

    private static Answer answer(Map<Question, Answer> answers, Question question, Answer current) {
        Answer given = answers.get(question);
        return given == null || given == Answer.NOT_SURE ? current : given;
    }
}
