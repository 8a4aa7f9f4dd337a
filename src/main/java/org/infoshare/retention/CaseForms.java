package org.infoshare.retention;

import org.infoshare.web.DateInput;
import org.infoshare.web.FormParsing;

/** A person's case dates, each form mirroring its command. */
final class CaseForms {

    private CaseForms() {
    }

    public static class CloseForm {
        private DateInput closedOn = new DateInput();

        RetentionCommands.CloseCase toCommand(FormParsing parsing) {
            return new RetentionCommands.CloseCase(parsing.date(closedOn, "closedOn", "the date the case was closed"));
        }

        public DateInput getClosedOn() { return closedOn; }
        public void setClosedOn(DateInput closedOn) { this.closedOn = closedOn; }
    }

    public static class ContactForm {
        private DateInput on = new DateInput();

        RetentionCommands.LastContact toCommand(FormParsing parsing) {
            return new RetentionCommands.LastContact(parsing.date(on, "on", "the date of the last contact"));
        }

        public DateInput getOn() { return on; }
        public void setOn(DateInput on) { this.on = on; }
    }
}
