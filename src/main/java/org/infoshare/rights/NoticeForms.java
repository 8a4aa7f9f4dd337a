package org.infoshare.rights;

import org.infoshare.rights.rules.Exemption;
import org.infoshare.rights.rules.NoticeOutcome;
import org.infoshare.web.FormParsing;

/** The answer to a notice, mirroring its command. */
final class NoticeForms {

    private NoticeForms() {
    }

    public static class ConfirmForm {
        private NoticeOutcome outcome;
        private Exemption exemption;
        private String note;

        NoticeCommands.Confirm toCommand(FormParsing parsing) {
            return new NoticeCommands.Confirm(outcome, outcome == NoticeOutcome.RETAINED_UNDER_EXEMPTION ? exemption : null, note);
        }

        public NoticeOutcome getOutcome() { return outcome; }
        public void setOutcome(NoticeOutcome outcome) { this.outcome = outcome; }
        public Exemption getExemption() { return exemption; }
        public void setExemption(Exemption exemption) { this.exemption = exemption; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }
}
