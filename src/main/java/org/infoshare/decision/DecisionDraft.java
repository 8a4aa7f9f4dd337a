package org.infoshare.decision;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.infoshare.decision.record.DecisionRecord;
import org.infoshare.decision.rules.Answer;
import org.infoshare.decision.rules.Consultation;
import org.infoshare.decision.rules.DecisionMode;
import org.infoshare.decision.rules.NotInformReason;
import org.infoshare.decision.rules.NotSoughtReason;
import org.infoshare.decision.rules.OutsideUk;
import org.infoshare.decision.rules.PublicInterest;
import org.infoshare.decision.rules.Urgency;
import org.infoshare.shared.Role;
import org.infoshare.shared.SharingPurpose;

import static org.infoshare.decision.DraftValues.blank;
import static org.infoshare.decision.DraftValues.parse;
import static org.infoshare.decision.DraftValues.yesNo;

/**
 * The answers given so far in the guided decision journey, kept in the session one question at a time and
 * turned into a {@link DecisionCommands.Decide} at the end. Property names mirror the command's, so the
 * service's errors land on the right answer.
 */
public class DecisionDraft {

    public static final String NOT_SOUGHT = "NOT_SOUGHT";
    public static final String NONE = "NONE";

    private UUID reconsiders;
    private UUID requestId;
    private String newInformation;
    private String messageToRequester;
    private UUID subjectId;
    private String subjectLabel;
    private Integer ageYears;
    private String alive;
    private String recipient;
    private String recipientPerson;
    private String purpose;
    private String purposeDetails;
    private String purposeLegitimate;
    private List<String> items = new ArrayList<>();
    private List<String> identifiesOthers = new ArrayList<>();
    private String identifiable;
    private String confidential;
    private String receivedInConfidenceFrom;
    private String originatorConsultation;
    private List<String> protectsChild = new ArrayList<>();
    private String consent;
    private String consentNotSoughtReason;
    private String consentOverrideJustification;
    private String consentState;
    private String childAtRisk;
    private String adultCareNeeds;
    private String adultAbuseOrNeglect;
    private String adultUnableToProtect;
    private String vitalInterests;
    private List<String> gatewayCodes = new ArrayList<>();
    private List<String> publicInterest = new ArrayList<>();
    private String lessIntrusiveMeans;
    private String proportionate;
    private String urgency;
    private String outsideUk;
    private String outsideUkException;
    private String informPerson;
    private String notInformReason;
    private String adviceWanted;
    private String adviserRole;
    private String rationale;

    public UUID recipientOrganisationId() {
        if (recipient == null || recipient.isBlank()) {
            return null;
        }
        return UUID.fromString(recipient.split(":")[0]);
    }

    public UUID recipientTeamId() {
        if (recipient == null || !recipient.contains(":")) {
            return null;
        }
        return UUID.fromString(recipient.split(":")[1]);
    }

    public boolean adult() {
        return ageYears == null || ageYears >= 18;
    }

    public DecisionCommands.Decide toCommand() {
        List<DecisionCommands.Item> chosen = new ArrayList<>();
        boolean askedWhatProtects = adult() && "YES".equals(childAtRisk);
        for (String code : new LinkedHashSet<>(items)) {
            chosen.add(new DecisionCommands.Item(code, true, identifiesOthers.contains(code), askedWhatProtects ? protectsChild.contains(code) : null));
        }
        UUID confidenceFrom = receivedInConfidenceFrom == null || receivedInConfidenceFrom.isBlank() || NONE.equals(receivedInConfidenceFrom)
                ? null : UUID.fromString(receivedInConfidenceFrom);
        Set<PublicInterest> interests = EnumSet.noneOf(PublicInterest.class);
        publicInterest.forEach(p -> interests.add(PublicInterest.valueOf(p)));
        boolean notSought = NOT_SOUGHT.equals(consent);
        return new DecisionCommands.Decide(subjectId, DecisionMode.CASE_BY_CASE, ageYears, "NO".equals(alive), null,
                recipientOrganisationId(), recipientTeamId(), blank(recipientPerson), parse(SharingPurpose.class, purpose), blank(purposeDetails),
                answer(purposeLegitimate), chosen, yesNo(identifiable), yesNo(confidential), confidenceFrom,
                confidenceFrom == null ? null : parse(Consultation.class, originatorConsultation),
                consent == null || notSought || consent.isBlank() ? null : UUID.fromString(consent),
                notSought ? parse(NotSoughtReason.class, consentNotSoughtReason) : null, blank(consentOverrideJustification),
                answer(childAtRisk), adult() ? answer(adultCareNeeds) : Answer.NO, adult() ? answer(adultAbuseOrNeglect) : Answer.NO,
                adult() ? answer(adultUnableToProtect) : Answer.NO, answer(vitalInterests), interests, new LinkedHashSet<>(gatewayCodes),
                answer(proportionate), answer(lessIntrusiveMeans), parse(Urgency.class, urgency), parse(OutsideUk.class, outsideUk),
                answer(outsideUkException), answer(informPerson), parse(NotInformReason.class, notInformReason), "YES".equals(adviceWanted),
                parse(Role.class, adviserRole), rationale);
    }

    /** Fills the draft from what a recorded decision stated, to reconsider it. */
    public static DecisionDraft of(DecisionRecord.Stated stated, String subjectLabel) {
        DecisionDraft d = new DecisionDraft();
        d.subjectId = stated.subjectId();
        d.subjectLabel = subjectLabel;
        d.ageYears = stated.ageYears();
        d.alive = Boolean.TRUE.equals(stated.deceased()) ? "NO" : "YES";
        d.recipient = stated.recipientOrganisationId() + (stated.recipientTeamId() == null ? "" : ":" + stated.recipientTeamId());
        d.recipientPerson = stated.recipientPerson();
        d.purpose = stated.purpose();
        d.purposeDetails = stated.purposeDetails();
        d.purposeLegitimate = stated.purposeLegitimate();
        stated.items().forEach(item -> {
            d.items.add(item.code());
            if (Boolean.TRUE.equals(item.identifiesOthers())) {
                d.identifiesOthers.add(item.code());
            }
            if (!Boolean.FALSE.equals(item.protectsChild())) {
                d.protectsChild.add(item.code());
            }
        });
        d.identifiable = bool(stated.identifiable());
        d.confidential = bool(stated.confidential());
        d.receivedInConfidenceFrom = stated.receivedInConfidenceFrom() == null ? NONE : stated.receivedInConfidenceFrom().toString();
        d.originatorConsultation = stated.originatorConsultation();
        d.consent = stated.consentId() != null ? stated.consentId().toString() : NOT_SOUGHT;
        d.consentNotSoughtReason = stated.consentNotSoughtReason();
        d.consentOverrideJustification = stated.consentOverrideJustification();
        d.childAtRisk = stated.childAtRisk();
        d.adultCareNeeds = stated.adultCareNeeds();
        d.adultAbuseOrNeglect = stated.adultAbuseOrNeglect();
        d.adultUnableToProtect = stated.adultUnableToProtect();
        d.vitalInterests = stated.vitalInterests();
        d.gatewayCodes.addAll(stated.gatewayCodes());
        d.publicInterest.addAll(stated.publicInterest());
        d.lessIntrusiveMeans = stated.lessIntrusiveMeans();
        d.proportionate = stated.proportionate();
        d.urgency = stated.urgency();
        d.outsideUk = stated.outsideUk();
        d.outsideUkException = stated.outsideUkException();
        d.informPerson = stated.informPerson();
        d.notInformReason = stated.notInformReason();
        d.adviceWanted = "NO";
        return d;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String bool(Boolean value) {
        return value == null ? null : value ? "YES" : "NO";
    }

    private static Answer answer(String value) {
        return parse(Answer.class, value);
    }

    public UUID getReconsiders() { return reconsiders; }
    public void setReconsiders(UUID reconsiders) { this.reconsiders = reconsiders; }
    public UUID getRequestId() { return requestId; }
    public void setRequestId(UUID requestId) { this.requestId = requestId; }
    public String getNewInformation() { return newInformation; }
    public void setNewInformation(String newInformation) { this.newInformation = newInformation; }
    public String getMessageToRequester() { return messageToRequester; }
    public void setMessageToRequester(String messageToRequester) { this.messageToRequester = messageToRequester; }
    public UUID getSubjectId() { return subjectId; }
    public void setSubjectId(UUID subjectId) { this.subjectId = subjectId; }
    public String getSubjectLabel() { return subjectLabel; }
    public void setSubjectLabel(String subjectLabel) { this.subjectLabel = subjectLabel; }
    public Integer getAgeYears() { return ageYears; }
    public void setAgeYears(Integer ageYears) { this.ageYears = ageYears; }
    public String getAlive() { return alive; }
    public void setAlive(String alive) { this.alive = alive; }
    public String getRecipient() { return recipient; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
    public String getRecipientPerson() { return recipientPerson; }
    public void setRecipientPerson(String recipientPerson) { this.recipientPerson = recipientPerson; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getPurposeDetails() { return purposeDetails; }
    public void setPurposeDetails(String purposeDetails) { this.purposeDetails = purposeDetails; }
    public String getPurposeLegitimate() { return purposeLegitimate; }
    public void setPurposeLegitimate(String purposeLegitimate) { this.purposeLegitimate = purposeLegitimate; }
    public List<String> getItems() { return items; }
    public void setItems(List<String> items) { this.items = items == null ? new ArrayList<>() : items; }
    public List<String> getIdentifiesOthers() { return identifiesOthers; }
    public void setIdentifiesOthers(List<String> identifiesOthers) { this.identifiesOthers = identifiesOthers == null ? new ArrayList<>() : identifiesOthers; }
    public String getIdentifiable() { return identifiable; }
    public void setIdentifiable(String identifiable) { this.identifiable = identifiable; }
    public String getConfidential() { return confidential; }
    public void setConfidential(String confidential) { this.confidential = confidential; }
    public String getReceivedInConfidenceFrom() { return receivedInConfidenceFrom; }
    public void setReceivedInConfidenceFrom(String receivedInConfidenceFrom) { this.receivedInConfidenceFrom = receivedInConfidenceFrom; }
    public String getOriginatorConsultation() { return originatorConsultation; }
    public void setOriginatorConsultation(String originatorConsultation) { this.originatorConsultation = originatorConsultation; }
    public List<String> getProtectsChild() { return protectsChild; }
    public void setProtectsChild(List<String> protectsChild) { this.protectsChild = protectsChild == null ? new ArrayList<>() : protectsChild; }
    public String getConsent() { return consent; }
    public void setConsent(String consent) { this.consent = consent; }
    public String getConsentNotSoughtReason() { return consentNotSoughtReason; }
    public void setConsentNotSoughtReason(String consentNotSoughtReason) { this.consentNotSoughtReason = consentNotSoughtReason; }
    public String getConsentOverrideJustification() { return consentOverrideJustification; }
    public void setConsentOverrideJustification(String consentOverrideJustification) { this.consentOverrideJustification = consentOverrideJustification; }
    public String getConsentState() { return consentState; }
    public void setConsentState(String consentState) { this.consentState = consentState; }
    public String getChildAtRisk() { return childAtRisk; }
    public void setChildAtRisk(String childAtRisk) { this.childAtRisk = childAtRisk; }
    public String getAdultCareNeeds() { return adultCareNeeds; }
    public void setAdultCareNeeds(String adultCareNeeds) { this.adultCareNeeds = adultCareNeeds; }
    public String getAdultAbuseOrNeglect() { return adultAbuseOrNeglect; }
    public void setAdultAbuseOrNeglect(String adultAbuseOrNeglect) { this.adultAbuseOrNeglect = adultAbuseOrNeglect; }
    public String getAdultUnableToProtect() { return adultUnableToProtect; }
    public void setAdultUnableToProtect(String adultUnableToProtect) { this.adultUnableToProtect = adultUnableToProtect; }
    public String getVitalInterests() { return vitalInterests; }
    public void setVitalInterests(String vitalInterests) { this.vitalInterests = vitalInterests; }
    public List<String> getGatewayCodes() { return gatewayCodes; }
    public void setGatewayCodes(List<String> gatewayCodes) { this.gatewayCodes = gatewayCodes == null ? new ArrayList<>() : gatewayCodes; }
    public List<String> getPublicInterest() { return publicInterest; }
    public void setPublicInterest(List<String> publicInterest) { this.publicInterest = publicInterest == null ? new ArrayList<>() : publicInterest; }
    public String getLessIntrusiveMeans() { return lessIntrusiveMeans; }
    public void setLessIntrusiveMeans(String lessIntrusiveMeans) { this.lessIntrusiveMeans = lessIntrusiveMeans; }
    public String getProportionate() { return proportionate; }
    public void setProportionate(String proportionate) { this.proportionate = proportionate; }
    public String getUrgency() { return urgency; }
    public void setUrgency(String urgency) { this.urgency = urgency; }
    public String getOutsideUk() { return outsideUk; }
    public void setOutsideUk(String outsideUk) { this.outsideUk = outsideUk; }
    public String getOutsideUkException() { return outsideUkException; }
    public void setOutsideUkException(String outsideUkException) { this.outsideUkException = outsideUkException; }
    public String getInformPerson() { return informPerson; }
    public void setInformPerson(String informPerson) { this.informPerson = informPerson; }
    public String getNotInformReason() { return notInformReason; }
    public void setNotInformReason(String notInformReason) { this.notInformReason = notInformReason; }
    public String getAdviceWanted() { return adviceWanted; }
    public void setAdviceWanted(String adviceWanted) { this.adviceWanted = adviceWanted; }
    public String getAdviserRole() { return adviserRole; }
    public void setAdviserRole(String adviserRole) { this.adviserRole = adviserRole; }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = rationale; }
}
