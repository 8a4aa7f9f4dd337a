package org.infoshare.decision.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A recorded decision as it is kept for good: a legal record in its own shape, independent of the command that
 * asked for it, the engine's classes and the API's response. Every vocabulary is held as its code, and where a
 * page shows a code's words (a purpose, a method, a question) the words are held beside it as they were said, so
 * that renaming anything later cannot change what an old record says. This is schema version {@value #CURRENT};
 * readers turn every earlier version into it ({@link DecisionRecords}).
 *
 * @param stated      what the practitioner stated
 * @param facts       the facts the engine decided on, after the organisation resolved them (age, consent record, types)
 * @param result      the decision as it stands
 * @param superseded  earlier results, oldest first, that advice or a manager's judgement replaced: kept, never erased
 * @param disagreement the practitioner's disagreement with the engine's outcome, when there is one (001 Q4)
 * @param judgement   the manager's or Data Protection Officer's decision on that disagreement
 */
public record DecisionRecord(int schema, Stated stated, Facts facts, Result result, List<Result> superseded,
                             Disagreement disagreement, Judgement judgement) {

    public static final int CURRENT = 2;

    public DecisionRecord {
        superseded = superseded == null ? List.of() : List.copyOf(superseded);
    }

    public DecisionRecord withResult(Result next) {
        List<Result> earlier = new java.util.ArrayList<>(superseded);
        earlier.add(result);
        return new DecisionRecord(CURRENT, stated, facts, next, earlier, disagreement, judgement);
    }

    /** A code and the words a page shows for it, as they were when the record was written. */
    public record Coded(String code, String label) {
    }

    /** What the practitioner stated: the answers to the journey's questions, as codes. */
    public record Stated(UUID subjectId, String mode, Integer ageYears, Boolean deceased, Boolean theChildAtRisk, UUID recipientOrganisationId,
                         UUID recipientTeamId, String recipientPerson, String purpose, String purposeDetails, String purposeLegitimate,
                         List<StatedItem> items, Boolean identifiable, Boolean confidential, UUID receivedInConfidenceFrom,
                         String originatorConsultation, UUID consentId, String consentNotSoughtReason, String consentOverrideJustification,
                         String childAtRisk, String adultCareNeeds, String adultAbuseOrNeglect, String adultUnableToProtect, String vitalInterests,
                         List<String> publicInterest, List<String> gatewayCodes, String proportionate, String lessIntrusiveMeans, String urgency,
                         String outsideUk, String outsideUkException, String informPerson, String notInformReason, Boolean adviceWanted,
                         String adviserRole, String rationale) {
        public Stated {
            items = items == null ? List.of() : List.copyOf(items);
            publicInterest = publicInterest == null ? List.of() : List.copyOf(publicInterest);
            gatewayCodes = gatewayCodes == null ? List.of() : List.copyOf(gatewayCodes);
        }
    }

    public record StatedItem(String code, Boolean necessary, Boolean identifiesOthers, Boolean protectsChild) {
    }

    /**
     * The facts as the engine took them. Types of organisation are null in records from before they were kept; the
     * directory supplies them when such a record is decided again.
     */
    public record Facts(String mode, Integer ageYears, boolean deceased, Boolean theChildAtRisk, UUID holderOrganisationId, String holderType,
                        UUID recipientOrganisationId, String recipientType, Coded purpose, String purposeLegitimate, List<Item> items,
                        boolean identifiable, boolean confidential, UUID receivedInConfidenceFrom, String originatorConsultation,
                        String originatorOverrideJustified, Consent consent, Map<String, String> safeguarding, List<String> publicInterest,
                        String proportionate, String lessIntrusiveMeans, List<String> gatewayCodes, String requestGatewayCode,
                        String requestForPartnershipFunctions, String urgency, String outsideUk, String outsideUkException, String informPerson,
                        String notInformReason, boolean adviceWanted, LocalDate today) {
        public Facts {
            items = items == null ? List.of() : List.copyOf(items);
            safeguarding = safeguarding == null ? Map.of() : Map.copyOf(safeguarding);
            publicInterest = publicInterest == null ? List.of() : List.copyOf(publicInterest);
            gatewayCodes = gatewayCodes == null ? List.of() : List.copyOf(gatewayCodes);
        }
    }

    public record Item(String code, String label, String category, String specialCategory, boolean opinion, boolean necessary,
                       boolean identifiesOthers, boolean protectsChild) {
    }

    /** The consent position: the record relied on as it stood then, or the reason consent was not sought. */
    public record Consent(UUID consentId, String state, boolean explicit, boolean lackedCapacity, List<String> purposes, List<UUID> recipients,
                          LocalDate validFrom, LocalDate validUntil, String notSoughtReason, String overrideJustification, boolean overrideDeclined) {
        public Consent {
            purposes = purposes == null ? List.of() : List.copyOf(purposes);
            recipients = recipients == null ? List.of() : List.copyOf(recipients);
        }
    }

    /** What the engine concluded, in words as they were written. */
    public record Result(String outcome, String summary, List<Step> path, List<Link> chain, List<ItemDecision> shared, List<ItemDecision> withheld,
                         Conditions conditions, UUID consentId, boolean consentOverridden, boolean managerReview, UUID agreementId,
                         List<Coded> openQuestions, String adviser, boolean consentIsLawfulBasis, Coded consultation, String engineVersion) {
        public Result {
            path = List.copyOf(path);
            chain = List.copyOf(chain);
            shared = List.copyOf(shared);
            withheld = List.copyOf(withheld);
            openQuestions = openQuestions == null ? List.of() : List.copyOf(openQuestions);
        }
    }

    public record Step(String question, String answer, String explanation, String citation) {
    }

    public record Link(String code, String kind, String citation, String title, String why) {
    }

    public record ItemDecision(String code, String label, String category, String specialCategory, boolean opinion, String reason) {
    }

    public record Conditions(List<Coded> secureMethods, boolean informPerson, String notInformReason, boolean distinguishFactFromOpinion,
                             boolean protectThirdParties, boolean confirmInWriting, boolean outsideUkSafeguards, List<String> notes) {
        public static final Conditions NONE = new Conditions(List.of(), false, null, false, false, false, false, List.of());

        public Conditions {
            secureMethods = secureMethods == null ? List.of() : List.copyOf(secureMethods);
            notes = notes == null ? List.of() : List.copyOf(notes);
        }
    }

    /** The practitioner disagrees with the engine's outcome and says why; a manager or the DPO decides (001 Q4). */
    public record Disagreement(UUID by, Instant at, String wantedOutcome, String reasons, String toRole) {
    }

    /**
     * The decision on a disagreement: the answers the judge gave to the questions of judgement (the engine decides
     * again on them), and their reasons.
     */
    public record Judgement(UUID by, Instant at, Map<String, String> answers, String reasons) {
        public Judgement {
            answers = answers == null ? Map.of() : Map.copyOf(answers);
        }
    }
}
