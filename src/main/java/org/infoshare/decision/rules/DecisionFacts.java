package org.infoshare.decision.rules;

import org.infoshare.shared.SharingPurpose;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.infoshare.directory.OrganisationType;
import org.infoshare.legal.DataCategory;
import org.infoshare.legal.LegalProvision;
import org.infoshare.legal.SpecialCategory;

/**
 * The facts of one case as the practitioner states them (003 'When? Who? How?', 004 §2-6): who the
 * information is about, who holds it and who would receive it, why, what, whether it is confidential and to
 * whom that confidence is owed, the consent position, the safeguarding and public interest facts, the
 * gateways named (resolved from the legal catalogue), the proportionality answers, urgency and where it would go.
 */
public record DecisionFacts(
        DecisionMode mode,
        Person person,
        Holder holder,
        UUID recipientOrganisationId,
        OrganisationType recipientType,
        SharingPurpose purpose,
        Answer purposeLegitimate,
        List<RequestedItem> items,
        boolean identifiable,
        boolean confidential,
        ConfidenceOwed confidenceOwed,
        ConsentFacts consent,
        Safeguarding safeguarding,
        Set<PublicInterest> publicInterest,
        Proportionality proportionality,
        List<LegalProvision> gateways,
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
        recipientType = recipientType == null ? OrganisationType.OTHER : recipientType;
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(today, "today");
        purposeLegitimate = purposeLegitimate == null ? Answer.NOT_SURE : purposeLegitimate;
        items = items == null ? List.of() : List.copyOf(items);
        consent = consent == null ? new ConsentFacts(null, null, null) : consent;
        safeguarding = safeguarding == null ? Safeguarding.NONE : safeguarding;
        publicInterest = publicInterest == null || publicInterest.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(publicInterest));
        proportionality = proportionality == null ? new Proportionality(Answer.NOT_SURE, Answer.NOT_SURE) : proportionality;
        gateways = gateways == null ? List.of() : List.copyOf(gateways);
        urgency = urgency == null ? Urgency.ROUTINE : urgency;
        outsideUk = outsideUk == null ? OutsideUk.NO : outsideUk;
        outsideUkException = outsideUkException == null ? Answer.NOT_SURE : outsideUkException;
        inform = inform == null ? new Inform(Answer.YES, null) : inform;
    }

    /**
     * @param ageYears       age in whole years, or null when unknown (then treated as possibly a child and possibly an adult)
     * @param deceased       outside data protection law, inside the duty of confidence (002 §4.2)
     * @param theChildAtRisk whether this person is the child whose safety is in question, rather than a parent,
     *                       carer, sibling or other adult in the family; null means 'if they are a child'
     */
    public record Person(Integer ageYears, boolean deceased, Boolean theChildAtRisk) {

        public Person(Integer ageYears, boolean deceased) {
            this(ageYears, deceased, null);
        }

        public boolean child() {
            return ageYears != null && ageYears < 18;
        }

        public boolean adult() {
            return ageYears == null || ageYears >= 18;
        }

        public boolean isTheChildAtRisk() {
            return theChildAtRisk != null ? theChildAtRisk : child();
        }
    }

    /**
     * The organisation that holds the information: what kind of body it is decides which law applies. Public
     * bodies share under their public functions (Art 6(1)(e)); police and probation are competent authorities for
     * law enforcement (DPA 2018 Part 3); health bodies and local authorities provide health and social care.
     */
    public record Holder(UUID organisationId, OrganisationType type) {
        public Holder {
            Objects.requireNonNull(organisationId, "organisationId");
            type = type == null ? OrganisationType.OTHER : type;
        }

        public boolean publicAuthority() {
            return type != OrganisationType.VOLUNTARY && type != OrganisationType.OTHER;
        }

        public boolean competentAuthority() {
            return type == OrganisationType.POLICE || type == OrganisationType.PROBATION;
        }

        public boolean healthOrSocialCare() {
            return careProvider(type);
        }
    }

    /** A health body or a local authority (social care). */
    static boolean careProvider(OrganisationType type) {
        return type == OrganisationType.HEALTH || type == OrganisationType.LOCAL_AUTHORITY;
    }

    /**
     * One item of information the practitioner would share.
     *
     * @param specialCategory set when {@code category} is special category data
     * @param opinion         professional opinion rather than fact (003 'Accurate': distinguish them)
     * @param necessary       the practitioner judges it necessary for the purpose (golden rule 6)
     * @param identifiesOthers it would identify third parties who could be harmed (004 rule 5)
     * @param protectsChild   it is needed to protect the child at risk (for someone else in the family: 004 §1)
     */
    public record RequestedItem(String code, String label, DataCategory category, SpecialCategory specialCategory,
                                boolean opinion, boolean necessary, boolean identifiesOthers, boolean protectsChild) {
        public RequestedItem {
            Objects.requireNonNull(code, "code");
            label = label == null ? code : label;
            category = category == null ? DataCategory.PERSONAL : category;
        }

        public RequestedItem(String code, String label, DataCategory category, SpecialCategory specialCategory,
                             boolean opinion, boolean necessary, boolean identifiesOthers) {
            this(code, label, category, specialCategory, opinion, necessary, identifiesOthers, true);
        }
    }

    /**
     * The information came from another organisation, in confidence (003 'Duty of Confidence'; 002 §2.7).
     *
     * @param overrideJustified an adviser's answer: whether overriding that confidence is justified given the
     *                          consultation (NOT_SURE until an adviser answers)
     */
    public record ConfidenceOwed(UUID organisationId, Consultation consultation, Answer overrideJustified) {
        public ConfidenceOwed {
            Objects.requireNonNull(organisationId, "organisationId");
            consultation = consultation == null ? Consultation.NOT_CONSULTED : consultation;
            overrideJustified = overrideJustified == null ? Answer.NOT_SURE : overrideJustified;
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
    public record RequestBasis(LegalProvision gateway, Answer forPartnershipFunctions) {
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
                : new RequestBasis(request.gateway(), answer(answers, Question.PARTNERSHIP_FUNCTIONS, request.forPartnershipFunctions()));
        ConfidenceOwed owed = confidenceOwed == null ? null : new ConfidenceOwed(confidenceOwed.organisationId(), confidenceOwed.consultation(),
                answer(answers, Question.ORIGINATOR_CONSULTATION, confidenceOwed.overrideJustified()));
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
        return new DecisionFacts(mode, person, holder, recipientOrganisationId, recipientType, purpose, legitimate, items, identifiable,
                confidential, owed, c, s, publicInterest, p, gateways, r, urgency, where, exception, inform, false, today);
    }

    private static Answer answer(Map<Question, Answer> answers, Question question, Answer current) {
        Answer given = answers.get(question);
        return given == null || given == Answer.NOT_SURE ? current : given;
    }
}
