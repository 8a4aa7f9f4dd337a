package org.infoshare.decision;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.infoshare.decision.rules.Answer;
import org.infoshare.decision.rules.Consultation;
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
 * The answers given so far in the family decision journey, kept in the session a page at a time and turned into
 * a {@link DecisionCommands.FamilyDecide} at the end: what is shared with whom and why, once; and for each member,
 * their information, consent and circumstances. Property names mirror the command's.
 */
public class FamilyDraft {

    private UUID subjectId;
    private String subjectLabel;
    private List<String> memberIds = new ArrayList<>();
    private String childAtRiskMember;
    private String recipient;
    private String recipientPerson;
    private String purpose;
    private String purposeDetails;
    private String purposeLegitimate;
    private String identifiable;
    private String confidential;
    private String receivedInConfidenceFrom;
    private String originatorConsultation;
    private String childAtRisk;
    private String vitalInterests;
    private List<String> gatewayCodes = new ArrayList<>();
    private List<String> publicInterest = new ArrayList<>();
    private String lessIntrusiveMeans;
    private String proportionate;
    private String urgency;
    private String outsideUk;
    private String adviceWanted;
    private String adviserRole;
    private String rationale;
    private List<Member> members = new ArrayList<>();

    /** One member's page: their information, their consent and their own circumstances. */
    public static class Member {
        private UUID subjectId;
        private String label;
        private Integer ageYears;
        private List<String> items = new ArrayList<>();
        private List<String> protectsChild = new ArrayList<>();
        private String consent;
        private String consentNotSoughtReason;
        private String consentOverrideJustification;
        private String adultCareNeeds;
        private String adultAbuseOrNeglect;
        private String adultUnableToProtect;
        private String informPerson;
        private String notInformReason;

        public Member() {
        }

        Member(UUID subjectId, String label, Integer ageYears) {
            this.subjectId = subjectId;
            this.label = label;
            this.ageYears = ageYears;
        }

        public boolean adult() {
            return ageYears == null || ageYears >= 18;
        }

        /** Copies what this member's page answers onto the member kept in the draft. */
        void answer(Member page) {
            items = page.items;
            protectsChild = page.protectsChild;
            consent = page.consent;
            consentNotSoughtReason = page.consentNotSoughtReason;
            consentOverrideJustification = page.consentOverrideJustification;
            adultCareNeeds = page.adultCareNeeds;
            adultAbuseOrNeglect = page.adultAbuseOrNeglect;
            adultUnableToProtect = page.adultUnableToProtect;
            informPerson = page.informPerson;
            notInformReason = page.notInformReason;
        }

        DecisionCommands.FamilyMember toCommand(boolean theChildAtRisk, boolean askedWhatProtects) {
            List<DecisionCommands.Item> chosen = new ArrayList<>();
            for (String code : new LinkedHashSet<>(items)) {
                chosen.add(new DecisionCommands.Item(code, true, false, askedWhatProtects ? protectsChild.contains(code) : null));
            }
            boolean notSought = DecisionDraft.NOT_SOUGHT.equals(consent);
            return new DecisionCommands.FamilyMember(subjectId, theChildAtRisk, false, chosen,
                    consent == null || notSought || consent.isBlank() ? null : UUID.fromString(consent),
                    notSought ? parse(NotSoughtReason.class, consentNotSoughtReason) : null, blank(consentOverrideJustification),
                    adult() ? parse(Answer.class, adultCareNeeds) : Answer.NO, adult() ? parse(Answer.class, adultAbuseOrNeglect) : Answer.NO,
                    adult() ? parse(Answer.class, adultUnableToProtect) : Answer.NO, parse(Answer.class, informPerson),
                    parse(NotInformReason.class, notInformReason));
        }

        public UUID getSubjectId() { return subjectId; }
        public String getLabel() { return label; }
        public Integer getAgeYears() { return ageYears; }
        public List<String> getItems() { return items; }
        public void setItems(List<String> items) { this.items = items == null ? new ArrayList<>() : items; }
        public List<String> getProtectsChild() { return protectsChild; }
        public void setProtectsChild(List<String> protectsChild) { this.protectsChild = protectsChild == null ? new ArrayList<>() : protectsChild; }
        public String getConsent() { return consent; }
        public void setConsent(String consent) { this.consent = consent; }
        public String getConsentNotSoughtReason() { return consentNotSoughtReason; }
        public void setConsentNotSoughtReason(String consentNotSoughtReason) { this.consentNotSoughtReason = consentNotSoughtReason; }
        public String getConsentOverrideJustification() { return consentOverrideJustification; }
        public void setConsentOverrideJustification(String consentOverrideJustification) { this.consentOverrideJustification = consentOverrideJustification; }
        public String getAdultCareNeeds() { return adultCareNeeds; }
        public void setAdultCareNeeds(String adultCareNeeds) { this.adultCareNeeds = adultCareNeeds; }
        public String getAdultAbuseOrNeglect() { return adultAbuseOrNeglect; }
        public void setAdultAbuseOrNeglect(String adultAbuseOrNeglect) { this.adultAbuseOrNeglect = adultAbuseOrNeglect; }
        public String getAdultUnableToProtect() { return adultUnableToProtect; }
        public void setAdultUnableToProtect(String adultUnableToProtect) { this.adultUnableToProtect = adultUnableToProtect; }
        public String getInformPerson() { return informPerson; }
        public void setInformPerson(String informPerson) { this.informPerson = informPerson; }
        public String getNotInformReason() { return notInformReason; }
        public void setNotInformReason(String notInformReason) { this.notInformReason = notInformReason; }
    }

    public boolean childAtRiskIs(UUID member) {
        return member.toString().equals(childAtRiskMember);
    }

    public DecisionCommands.FamilyDecide toCommand() {
        List<DecisionCommands.FamilyMember> chosen = new ArrayList<>();
        boolean atRisk = "YES".equals(childAtRisk);
        for (Member m : members) {
            boolean theChild = childAtRiskIs(m.subjectId);
            chosen.add(m.toCommand(theChild, atRisk && !theChild));
        }
        Set<PublicInterest> interests = EnumSet.noneOf(PublicInterest.class);
        publicInterest.forEach(p -> interests.add(PublicInterest.valueOf(p)));
        UUID confidenceFrom = receivedInConfidenceFrom == null || receivedInConfidenceFrom.isBlank() || DecisionDraft.NONE.equals(receivedInConfidenceFrom)
                ? null : UUID.fromString(receivedInConfidenceFrom);
        String[] to = recipient == null || recipient.isBlank() ? new String[0] : recipient.split(":");
        return new DecisionCommands.FamilyDecide(subjectId, chosen, to.length > 0 ? UUID.fromString(to[0]) : null, to.length > 1 ? UUID.fromString(to[1]) : null,
                blank(recipientPerson), parse(SharingPurpose.class, purpose), blank(purposeDetails), parse(Answer.class, purposeLegitimate),
                yesNo(identifiable), yesNo(confidential), confidenceFrom, confidenceFrom == null ? null : parse(Consultation.class, originatorConsultation),
                parse(Answer.class, childAtRisk), parse(Answer.class, vitalInterests), interests, new LinkedHashSet<>(gatewayCodes),
                parse(Answer.class, proportionate), parse(Answer.class, lessIntrusiveMeans), parse(Urgency.class, urgency), parse(OutsideUk.class, outsideUk),
                null, "YES".equals(adviceWanted), parse(Role.class, adviserRole), rationale);
    }

    public UUID getSubjectId() { return subjectId; }
    public void setSubjectId(UUID subjectId) { this.subjectId = subjectId; }
    public String getSubjectLabel() { return subjectLabel; }
    public void setSubjectLabel(String subjectLabel) { this.subjectLabel = subjectLabel; }
    public List<String> getMemberIds() { return memberIds; }
    public void setMemberIds(List<String> memberIds) { this.memberIds = memberIds == null ? new ArrayList<>() : memberIds; }
    public String getChildAtRiskMember() { return childAtRiskMember; }
    public void setChildAtRiskMember(String childAtRiskMember) { this.childAtRiskMember = childAtRiskMember; }
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
    public String getIdentifiable() { return identifiable; }
    public void setIdentifiable(String identifiable) { this.identifiable = identifiable; }
    public String getConfidential() { return confidential; }
    public void setConfidential(String confidential) { this.confidential = confidential; }
    public String getReceivedInConfidenceFrom() { return receivedInConfidenceFrom; }
    public void setReceivedInConfidenceFrom(String receivedInConfidenceFrom) { this.receivedInConfidenceFrom = receivedInConfidenceFrom; }
    public String getOriginatorConsultation() { return originatorConsultation; }
    public void setOriginatorConsultation(String originatorConsultation) { this.originatorConsultation = originatorConsultation; }
    public String getChildAtRisk() { return childAtRisk; }
    public void setChildAtRisk(String childAtRisk) { this.childAtRisk = childAtRisk; }
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
    public String getAdviceWanted() { return adviceWanted; }
    public void setAdviceWanted(String adviceWanted) { this.adviceWanted = adviceWanted; }
    public String getAdviserRole() { return adviserRole; }
    public void setAdviserRole(String adviserRole) { this.adviserRole = adviserRole; }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = rationale; }
    public List<Member> getMembers() { return members; }
}
