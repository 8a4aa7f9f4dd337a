package org.infoshare.scheme;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.infoshare.scheme.rules.HowReceived;
import org.infoshare.scheme.rules.Recipient;
import org.infoshare.scheme.rules.Recommendation;
import org.infoshare.scheme.rules.Scheme;
import org.infoshare.scheme.rules.Undertaking;
import org.infoshare.web.DateInput;
import org.infoshare.web.FormParsing;

/** The schemes' forms, their properties in the order the pages show them, mirroring the commands. */
final class SchemeForms {

    private SchemeForms() {
    }

    /**
     * An application. The person at risk and the person it is about are given by the force's own reference for them,
     * in the properties the command names by id, so that a problem with either shows beside it.
     */
    public static class ApplicationForm {
        private Scheme scheme;
        private DateInput receivedOn = new DateInput();
        private HowReceived howReceived;
        private String applicantName;
        private String applicantContact;
        private String relationship;
        private String personAtRiskId;
        private String subjectId;

        SchemeCommands.RecordApplication toCommand(FormParsing parsing, Function<String, Optional<UUID>> byReference) {
            return new SchemeCommands.RecordApplication(scheme, parsing.date(receivedOn, "receivedOn", "the date the application was received"),
                    howReceived, applicantName, applicantContact, relationship,
                    person(parsing, byReference, personAtRiskId, "personAtRiskId"), person(parsing, byReference, subjectId, "subjectId"));
        }

        private static UUID person(FormParsing parsing, Function<String, Optional<UUID>> byReference, String reference, String field) {
            if (reference == null || reference.isBlank()) {
                return null;
            }
            Optional<UUID> id = byReference.apply(reference.strip());
            if (id.isEmpty()) {
                parsing.invalid(field, "unknown-person", "Nobody in your force's records has this reference: add them first");
            }
            return id.orElse(null);
        }

        public Scheme getScheme() { return scheme; }
        public void setScheme(Scheme scheme) { this.scheme = scheme; }
        public DateInput getReceivedOn() { return receivedOn; }
        public void setReceivedOn(DateInput receivedOn) { this.receivedOn = receivedOn; }
        public HowReceived getHowReceived() { return howReceived; }
        public void setHowReceived(HowReceived howReceived) { this.howReceived = howReceived; }
        public String getApplicantName() { return applicantName; }
        public void setApplicantName(String applicantName) { this.applicantName = applicantName; }
        public String getApplicantContact() { return applicantContact; }
        public void setApplicantContact(String applicantContact) { this.applicantContact = applicantContact; }
        public String getRelationship() { return relationship; }
        public void setRelationship(String relationship) { this.relationship = relationship; }
        public String getPersonAtRiskId() { return personAtRiskId; }
        public void setPersonAtRiskId(String personAtRiskId) { this.personAtRiskId = personAtRiskId; }
        public String getSubjectId() { return subjectId; }
        public void setSubjectId(String subjectId) { this.subjectId = subjectId; }
    }

    public static class ChecksForm {
        private String findings;

        SchemeCommands.RecordChecks toCommand(FormParsing parsing) {
            return new SchemeCommands.RecordChecks(findings);
        }

        public String getFindings() { return findings; }
        public void setFindings(String findings) { this.findings = findings; }
    }

    public static class MeetingForm {
        private DateInput metOn = new DateInput();
        private Boolean identityVerified;
        private String howIdentityVerified;

        SchemeCommands.RecordMeeting toCommand(FormParsing parsing) {
            return new SchemeCommands.RecordMeeting(parsing.date(metOn, "metOn", "the date you met the applicant"), identityVerified, howIdentityVerified);
        }

        public DateInput getMetOn() { return metOn; }
        public void setMetOn(DateInput metOn) { this.metOn = metOn; }
        public Boolean getIdentityVerified() { return identityVerified; }
        public void setIdentityVerified(Boolean identityVerified) { this.identityVerified = identityVerified; }
        public String getHowIdentityVerified() { return howIdentityVerified; }
        public void setHowIdentityVerified(String howIdentityVerified) { this.howIdentityVerified = howIdentityVerified; }
    }

    public static class ForumForm {
        private DateInput heldOn = new DateInput();
        private String partners;
        private Recommendation recommendation;
        private String reasons;

        SchemeCommands.RecordForum toCommand(FormParsing parsing) {
            return new SchemeCommands.RecordForum(parsing.date(heldOn, "heldOn", "the date the forum met"), partners, recommendation, reasons);
        }

        public DateInput getHeldOn() { return heldOn; }
        public void setHeldOn(DateInput heldOn) { this.heldOn = heldOn; }
        public String getPartners() { return partners; }
        public void setPartners(String partners) { this.partners = partners; }
        public Recommendation getRecommendation() { return recommendation; }
        public void setRecommendation(Recommendation recommendation) { this.recommendation = recommendation; }
        public String getReasons() { return reasons; }
        public void setReasons(String reasons) { this.reasons = reasons; }
    }

    public static class DecisionForm {
        private Recipient recipient;
        private Boolean riskIndicated;
        private Boolean necessary;
        private String rationale;

        SchemeCommands.Decide toCommand(FormParsing parsing) {
            return new SchemeCommands.Decide(recipient, riskIndicated, necessary, rationale);
        }

        public Recipient getRecipient() { return recipient; }
        public void setRecipient(Recipient recipient) { this.recipient = recipient; }
        public Boolean getRiskIndicated() { return riskIndicated; }
        public void setRiskIndicated(Boolean riskIndicated) { this.riskIndicated = riskIndicated; }
        public Boolean getNecessary() { return necessary; }
        public void setNecessary(Boolean necessary) { this.necessary = necessary; }
        public String getRationale() { return rationale; }
        public void setRationale(String rationale) { this.rationale = rationale; }
    }

    public static class DisclosureForm {
        private DateInput disclosedOn = new DateInput();
        private Boolean inPerson;
        private Boolean warningGiven;
        private Undertaking undertaking;
        private Boolean discloseNonetheless;
        private String refusalReason;
        private String whatDisclosed;

        SchemeCommands.RecordDisclosure toCommand(FormParsing parsing) {
            return new SchemeCommands.RecordDisclosure(parsing.date(disclosedOn, "disclosedOn", "the date of the disclosure"), inPerson, warningGiven,
                    undertaking, discloseNonetheless, refusalReason, whatDisclosed);
        }

        public DateInput getDisclosedOn() { return disclosedOn; }
        public void setDisclosedOn(DateInput disclosedOn) { this.disclosedOn = disclosedOn; }
        public Boolean getInPerson() { return inPerson; }
        public void setInPerson(Boolean inPerson) { this.inPerson = inPerson; }
        public Boolean getWarningGiven() { return warningGiven; }
        public void setWarningGiven(Boolean warningGiven) { this.warningGiven = warningGiven; }
        public Undertaking getUndertaking() { return undertaking; }
        public void setUndertaking(Undertaking undertaking) { this.undertaking = undertaking; }
        public Boolean getDiscloseNonetheless() { return discloseNonetheless; }
        public void setDiscloseNonetheless(Boolean discloseNonetheless) { this.discloseNonetheless = discloseNonetheless; }
        public String getRefusalReason() { return refusalReason; }
        public void setRefusalReason(String refusalReason) { this.refusalReason = refusalReason; }
        public String getWhatDisclosed() { return whatDisclosed; }
        public void setWhatDisclosed(String whatDisclosed) { this.whatDisclosed = whatDisclosed; }
    }
}
