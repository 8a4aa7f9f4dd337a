package org.infoshare.decision;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.infoshare.decision.rules.Outcome;
import org.infoshare.shared.Role;
import org.infoshare.shared.UkCalendar;
import org.infoshare.web.DateInput;
import org.infoshare.web.FormParsing;

/** The decision pages' forms, each mirroring the command it becomes. */
final class DecisionForms {

    private DecisionForms() {
    }

    /** The person step's fields: found by reference, or added with a name and date of birth. */
    public static class PersonForm {
        private String reference;
        private String name;
        private DateInput dateOfBirth = new DateInput();

        public String getReference() { return reference; }
        public void setReference(String reference) { this.reference = reference; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public DateInput getDateOfBirth() { return dateOfBirth; }
        public void setDateOfBirth(DateInput dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    }

    /** When an urgent share was made verbally, and to whom. */
    public static class VerbalShareForm {
        private DateInput sharedOn = new DateInput();
        private String sharedTime;
        private String sharedWith;

        DecisionCommands.VerbalShare toCommand(FormParsing parsing) {
            LocalDate date = parsing.date(sharedOn, "sharedOn", "the date you shared it");
            LocalTime time;
            try {
                time = sharedTime == null || sharedTime.isBlank() ? null : LocalTime.parse(sharedTime.strip().replace('.', ':'));
            } catch (java.time.format.DateTimeParseException e) {
                time = null;
            }
            return new DecisionCommands.VerbalShare(date == null || time == null ? null
                    : ZonedDateTime.of(date, time, UkCalendar.ZONE).toOffsetDateTime(), sharedWith);
        }

        public DateInput getSharedOn() { return sharedOn; }
        public void setSharedOn(DateInput sharedOn) { this.sharedOn = sharedOn; }
        public String getSharedTime() { return sharedTime; }
        public void setSharedTime(String sharedTime) { this.sharedTime = sharedTime; }
        public String getSharedWith() { return sharedWith; }
        public void setSharedWith(String sharedWith) { this.sharedWith = sharedWith; }
    }

    /** The practitioner disagrees with the outcome: what they think is right, why, and who should decide. */
    public static class DisagreeForm {
        private Outcome wantedOutcome;
        private String reasons;
        private Role judgeRole;

        DecisionCommands.Disagree toCommand() {
            return new DecisionCommands.Disagree(wantedOutcome, reasons, judgeRole);
        }

        public Outcome getWantedOutcome() { return wantedOutcome; }
        public void setWantedOutcome(Outcome wantedOutcome) { this.wantedOutcome = wantedOutcome; }
        public String getReasons() { return reasons; }
        public void setReasons(String reasons) { this.reasons = reasons; }
        public Role getJudgeRole() { return judgeRole; }
        public void setJudgeRole(Role judgeRole) { this.judgeRole = judgeRole; }
    }
}
