package org.infoshare.decision;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.infoshare.decision.rules.Answer;
import org.infoshare.decision.rules.Consultation;
import org.infoshare.decision.rules.DecisionMode;
import org.infoshare.decision.rules.NotInformReason;
import org.infoshare.decision.rules.NotSoughtReason;
import org.infoshare.decision.rules.Outcome;
import org.infoshare.decision.rules.OutsideUk;
import org.infoshare.decision.rules.PublicInterest;
import org.infoshare.decision.rules.Question;
import org.infoshare.decision.rules.Urgency;
import org.infoshare.shared.Role;
import org.infoshare.shared.SharingPurpose;

/** What practitioners, advisers and requesters ask of the decision module: the API's bodies and the forms' commands. */
public final class DecisionCommands {

    public static final int RATIONALE_MAX = 4000;

    private DecisionCommands() {
    }

    /**
     * One item of information to consider sharing: a code from the standard list or from an agreement between
     * the two organisations.
     */
    public record Item(
            @NotBlank(message = "Choose an item of information") String code,
            Boolean necessary,
            Boolean identifiesOthers,
            Boolean protectsChild) {

        public Item(String code, Boolean necessary, Boolean identifiesOthers) {
            this(code, necessary, identifiesOthers, null);
        }
    }

    /**
     * The facts of the case, as the practitioner states them, and their own rationale.
     *
     * @param theChildAtRisk            whether the person is the child whose safety is in question (null: if they are a child)
     * @param receivedInConfidenceFrom  the organisation that gave the holder this information in confidence, if one did
     * @param originatorConsultation    whether that organisation was consulted (003 'Duty of Confidence')
     */
    public record Decide(
            @NotNull(message = "Choose the person the information is about") UUID subjectId,
            DecisionMode mode,
            Integer ageYears,
            Boolean deceased,
            Boolean theChildAtRisk,
            @NotNull(message = "Choose the organisation that would receive the information") UUID recipientOrganisationId,
            UUID recipientTeamId,
            @Size(max = 200, message = "The named person must be 200 characters or fewer") String recipientPerson,
            @NotNull(message = "Select the purpose of sharing") SharingPurpose purpose,
            @Size(max = 1000, message = "The purpose must be described in 1000 characters or fewer") String purposeDetails,
            @NotNull(message = "Select whether there is a clear and legitimate purpose") Answer purposeLegitimate,
            @NotEmpty(message = "Select the items of information you are considering sharing") List<@Valid Item> items,
            @NotNull(message = "Select whether the information identifies anyone") Boolean identifiable,
            @NotNull(message = "Select whether the information is confidential") Boolean confidential,
            UUID receivedInConfidenceFrom,
            Consultation originatorConsultation,
            UUID consentId,
            NotSoughtReason consentNotSoughtReason,
            @Size(max = 2000, message = "The justification must be 2000 characters or fewer") String consentOverrideJustification,
            @NotNull(message = "Select whether a child is at risk of significant harm") Answer childAtRisk,
            Answer adultCareNeeds,
            Answer adultAbuseOrNeglect,
            Answer adultUnableToProtect,
            @NotNull(message = "Select whether someone's life is at risk") Answer vitalInterests,
            Set<PublicInterest> publicInterest,
            Set<String> gatewayCodes,
            @NotNull(message = "Select whether sharing is proportionate") Answer proportionate,
            @NotNull(message = "Select whether there is a less intrusive way") Answer lessIntrusiveMeans,
            Urgency urgency,
            @NotNull(message = "Select whether the information will go outside the UK") OutsideUk outsideUk,
            Answer outsideUkException,
            @NotNull(message = "Select whether you will tell the person") Answer informPerson,
            NotInformReason notInformReason,
            Boolean adviceWanted,
            Role adviserRole,
            @NotBlank(message = "Enter your reasons for the decision")
            @Size(max = RATIONALE_MAX, message = "Your reasons must be " + RATIONALE_MAX + " characters or fewer") String rationale) {
    }

    /**
     * A decision about a family (003 'Who?'; 004 §1): what is shared with whom and why is stated once, and each
     * member's information, consent and circumstances on their own; the engine weighs each member separately.
     *
     * @param subjectId the person whose family it is; every member must be in that family
     */
    public record FamilyDecide(
            @NotNull(message = "Choose the person whose family the decision is about") UUID subjectId,
            @NotEmpty(message = "Select the family members the information is about") List<@Valid FamilyMember> members,
            @NotNull(message = "Choose the organisation that would receive the information") UUID recipientOrganisationId,
            UUID recipientTeamId,
            @Size(max = 200, message = "The named person must be 200 characters or fewer") String recipientPerson,
            @NotNull(message = "Select the purpose of sharing") SharingPurpose purpose,
            @Size(max = 1000, message = "The purpose must be described in 1000 characters or fewer") String purposeDetails,
            @NotNull(message = "Select whether there is a clear and legitimate purpose") Answer purposeLegitimate,
            @NotNull(message = "Select whether the information identifies anyone") Boolean identifiable,
            @NotNull(message = "Select whether the information is confidential") Boolean confidential,
            UUID receivedInConfidenceFrom,
            Consultation originatorConsultation,
            @NotNull(message = "Select whether a child is at risk of significant harm") Answer childAtRisk,
            @NotNull(message = "Select whether someone's life is at risk") Answer vitalInterests,
            Set<PublicInterest> publicInterest,
            Set<String> gatewayCodes,
            @NotNull(message = "Select whether sharing is proportionate") Answer proportionate,
            @NotNull(message = "Select whether there is a less intrusive way") Answer lessIntrusiveMeans,
            Urgency urgency,
            @NotNull(message = "Select whether the information will go outside the UK") OutsideUk outsideUk,
            Answer outsideUkException,
            Boolean adviceWanted,
            Role adviserRole,
            @NotBlank(message = "Enter your reasons for the decision")
            @Size(max = RATIONALE_MAX, message = "Your reasons must be " + RATIONALE_MAX + " characters or fewer") String rationale) {

        /** The decision about one member, sharing what the family decision states once. */
        public Decide decision(FamilyMember m) {
            return new Decide(m.subjectId(), DecisionMode.CASE_BY_CASE, null, m.deceased(), m.theChildAtRisk(), recipientOrganisationId,
                    recipientTeamId, recipientPerson, purpose, purposeDetails, purposeLegitimate, m.items(), identifiable, confidential,
                    receivedInConfidenceFrom, originatorConsultation, m.consentId(), m.consentNotSoughtReason(), m.consentOverrideJustification(),
                    childAtRisk, m.adultCareNeeds(), m.adultAbuseOrNeglect(), m.adultUnableToProtect(), vitalInterests, publicInterest,
                    gatewayCodes, proportionate, lessIntrusiveMeans, urgency, outsideUk, outsideUkException, m.informPerson(), m.notInformReason(),
                    adviceWanted, adviserRole, rationale);
        }
    }

    /** One family member: their information, their own consent, and their own circumstances. */
    public record FamilyMember(
            @NotNull(message = "Choose the family member") UUID subjectId,
            Boolean theChildAtRisk,
            Boolean deceased,
            @NotEmpty(message = "Select the information about them you are considering sharing") List<@Valid Item> items,
            UUID consentId,
            NotSoughtReason consentNotSoughtReason,
            @Size(max = 2000, message = "The justification must be 2000 characters or fewer") String consentOverrideJustification,
            Answer adultCareNeeds,
            Answer adultAbuseOrNeglect,
            Answer adultUnableToProtect,
            @NotNull(message = "Select whether you will tell them") Answer informPerson,
            NotInformReason notInformReason) {
    }

    /** A refused decision looked at again in the light of new information (004 golden rule 7). */
    public record Reconsider(
            @NotBlank(message = "Enter the new information that led you to reconsider")
            @Size(max = 4000, message = "The new information must be 4000 characters or fewer") String newInformation,
            @NotNull(message = "Enter the facts as they now stand") @Valid Decide decision) {
    }

    /** An adviser's answers to the questions the engine could not settle, and their advice in words. */
    public record Advise(
            Map<Question, Answer> answers,
            @Size(max = 2000, message = "The justification must be 2000 characters or fewer") String overrideJustification,
            @NotBlank(message = "Enter your advice")
            @Size(max = 4000, message = "Your advice must be 4000 characters or fewer") String advice) {
    }

    /**
     * The practitioner disagrees with the engine's outcome (001 Q4: the decision rests on professional judgement):
     * the outcome they think right, why, and who should decide (their manager or the Data Protection Officer).
     */
    public record Disagree(
            @NotNull(message = "Select the outcome you think is right") Outcome wantedOutcome,
            @NotBlank(message = "Enter why you disagree with the outcome")
            @Size(max = 4000, message = "Your reasons must be 4000 characters or fewer") String reasons,
            Role judgeRole) {
    }

    /**
     * A manager's or the Data Protection Officer's decision on a disagreement: their own answers to the questions of
     * judgement (the engine decides again on them), and their reasons. Both views stay on the record.
     */
    public record Judge(
            Map<Question, Answer> answers,
            @Size(max = 2000, message = "The justification must be 2000 characters or fewer") String overrideJustification,
            @NotBlank(message = "Enter the reasons for your decision")
            @Size(max = 4000, message = "Your reasons must be 4000 characters or fewer") String reasons) {
    }

    /** A manager's review of a decision that overrode a refusal or withdrawal of consent. */
    public record Review(
            @NotNull(message = "Select whether you agree with the override") Boolean agree,
            @NotBlank(message = "Enter your review comments")
            @Size(max = 4000, message = "Your comments must be 4000 characters or fewer") String comments) {
    }

    /** An urgent share made verbally, to be followed by a written record (004 §6). */
    public record VerbalShare(
            @NotNull(message = "Enter the date and time you shared it") java.time.OffsetDateTime sharedAt,
            @NotBlank(message = "Enter who you told")
            @Size(max = 200, message = "Who you told must be 200 characters or fewer") String sharedWith) {
    }

    /** Another agency asks for information, stating the purpose and the legal basis (004 §6, §7). */
    public record SendRequest(
            @NotNull(message = "Choose the person the request is about") UUID subjectId,
            @NotNull(message = "Choose the organisation you are asking") UUID holderOrganisationId,
            UUID holderTeamId,
            @NotNull(message = "Select the purpose of your request") SharingPurpose purpose,
            @NotBlank(message = "Select the legal basis of your request") String gatewayCode,
            Boolean forPartnershipFunctions,
            Urgency urgency,
            @NotEmpty(message = "Select the information you are asking for") List<@NotBlank String> items,
            @NotBlank(message = "Explain why you need the information")
            @Size(max = 4000, message = "Your explanation must be 4000 characters or fewer") String reason) {
    }

    /** The holder's decision on a request, made through the same engine, with what to tell the requester. */
    public record AnswerRequest(
            @NotNull(message = "Enter the facts of the case") @Valid Decide decision,
            @NotBlank(message = "Enter what to tell the requester about your decision")
            @Size(max = 4000, message = "The message must be 4000 characters or fewer") String messageToRequester) {
    }

    /** The requester shares new information and asks the holder to reconsider a refusal (004 golden rule 7). */
    public record NewInformation(
            @NotBlank(message = "Enter the new information")
            @Size(max = 4000, message = "The new information must be 4000 characters or fewer") String newInformation) {
    }
}
