package org.infoshare.rights;

import java.util.ArrayList;
import java.util.List;

import org.infoshare.rights.rules.Exemption;
import org.infoshare.rights.rules.ExtensionReason;
import org.infoshare.rights.rules.IdentityCheck;
import org.infoshare.rights.rules.PauseReason;
import org.infoshare.rights.rules.ReceivedHow;
import org.infoshare.rights.rules.RequestOutcome;
import org.infoshare.rights.rules.RequesterCapacity;
import org.infoshare.rights.rules.RightKind;
import org.infoshare.web.DateInput;
import org.infoshare.web.FormParsing;

/** The rights request forms, one per command, each mirroring its command field by field. */
final class RightsForms {

    private RightsForms() {
    }

    public static class RequestForm {
        private RightKind kind;
        private DateInput receivedOn = new DateInput();
        private ReceivedHow receivedHow;
        private RequesterCapacity capacity;
        private String requesterName;
        private String requesterContact;
        private String personName;
        private DateInput personDateOfBirth = new DateInput();
        private String personReference;
        private String details;

        RightsCommands.RecordRequest toCommand(FormParsing parsing) {
            return new RightsCommands.RecordRequest(kind, parsing.date(receivedOn, "receivedOn", "the date the request was received"), receivedHow,
                    capacity, requesterName, blankToNull(requesterContact), blankToNull(personName),
                    parsing.date(personDateOfBirth, "personDateOfBirth", "their date of birth"), blankToNull(personReference), details);
        }

        public RightKind getKind() { return kind; }
        public void setKind(RightKind kind) { this.kind = kind; }
        public DateInput getReceivedOn() { return receivedOn; }
        public void setReceivedOn(DateInput receivedOn) { this.receivedOn = receivedOn; }
        public ReceivedHow getReceivedHow() { return receivedHow; }
        public void setReceivedHow(ReceivedHow receivedHow) { this.receivedHow = receivedHow; }
        public RequesterCapacity getCapacity() { return capacity; }
        public void setCapacity(RequesterCapacity capacity) { this.capacity = capacity; }
        public String getRequesterName() { return requesterName; }
        public void setRequesterName(String requesterName) { this.requesterName = requesterName; }
        public String getRequesterContact() { return requesterContact; }
        public void setRequesterContact(String requesterContact) { this.requesterContact = requesterContact; }
        public String getPersonName() { return personName; }
        public void setPersonName(String personName) { this.personName = personName; }
        public DateInput getPersonDateOfBirth() { return personDateOfBirth; }
        public void setPersonDateOfBirth(DateInput personDateOfBirth) { this.personDateOfBirth = personDateOfBirth; }
        public String getPersonReference() { return personReference; }
        public void setPersonReference(String personReference) { this.personReference = personReference; }
        public String getDetails() { return details; }
        public void setDetails(String details) { this.details = details; }
    }

    public static class IdentityForm {
        private IdentityCheck check;
        private DateInput checkedOn = new DateInput();

        RightsCommands.RecordIdentity toCommand(FormParsing parsing) {
            return new RightsCommands.RecordIdentity(check, parsing.date(checkedOn, "checkedOn", "the date their identity was checked"));
        }

        public IdentityCheck getCheck() { return check; }
        public void setCheck(IdentityCheck check) { this.check = check; }
        public DateInput getCheckedOn() { return checkedOn; }
        public void setCheckedOn(DateInput checkedOn) { this.checkedOn = checkedOn; }
    }

    public static class PauseForm {
        private PauseReason reason;
        private DateInput pausedOn = new DateInput();

        RightsCommands.Pause toCommand(FormParsing parsing) {
            return new RightsCommands.Pause(reason, parsing.date(pausedOn, "pausedOn", "the date you asked for it"));
        }

        public PauseReason getReason() { return reason; }
        public void setReason(PauseReason reason) { this.reason = reason; }
        public DateInput getPausedOn() { return pausedOn; }
        public void setPausedOn(DateInput pausedOn) { this.pausedOn = pausedOn; }
    }

    public static class ResumeForm {
        private DateInput resumedOn = new DateInput();

        RightsCommands.Resume toCommand(FormParsing parsing) {
            return new RightsCommands.Resume(parsing.date(resumedOn, "resumedOn", "the date it arrived"));
        }

        public DateInput getResumedOn() { return resumedOn; }
        public void setResumedOn(DateInput resumedOn) { this.resumedOn = resumedOn; }
    }

    public static class ExtendForm {
        private ExtensionReason reason;
        private String note;
        private DateInput extendedOn = new DateInput();

        RightsCommands.Extend toCommand(FormParsing parsing) {
            return new RightsCommands.Extend(reason, note, parsing.date(extendedOn, "extendedOn", "the date you told the person"));
        }

        public ExtensionReason getReason() { return reason; }
        public void setReason(ExtensionReason reason) { this.reason = reason; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
        public DateInput getExtendedOn() { return extendedOn; }
        public void setExtendedOn(DateInput extendedOn) { this.extendedOn = extendedOn; }
    }

    public static class DecideForm {
        private RequestOutcome outcome;
        private List<Exemption> exemptions = new ArrayList<>();
        private String note;
        private DateInput decidedOn = new DateInput();

        RightsCommands.Decide toCommand(FormParsing parsing) {
            return new RightsCommands.Decide(outcome, exemptions, note, parsing.date(decidedOn, "decidedOn", "the date of the decision"));
        }

        public RequestOutcome getOutcome() { return outcome; }
        public void setOutcome(RequestOutcome outcome) { this.outcome = outcome; }
        public List<Exemption> getExemptions() { return exemptions; }
        public void setExemptions(List<Exemption> exemptions) { this.exemptions = exemptions == null ? new ArrayList<>() : exemptions; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
        public DateInput getDecidedOn() { return decidedOn; }
        public void setDecidedOn(DateInput decidedOn) { this.decidedOn = decidedOn; }
    }

    public static class CloseForm {
        private DateInput closedOn = new DateInput();

        RightsCommands.Close toCommand(FormParsing parsing) {
            return new RightsCommands.Close(parsing.date(closedOn, "closedOn", "the date the request was closed"));
        }

        public DateInput getClosedOn() { return closedOn; }
        public void setClosedOn(DateInput closedOn) { this.closedOn = closedOn; }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
