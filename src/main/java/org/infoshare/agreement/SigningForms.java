package org.infoshare.agreement;

/** The forms for recording a review and terminating an agreement. */
final class SigningForms {

    private SigningForms() {
    }

    public static class ReviewForm {
        private ReviewOutcome outcome;
        private String notes;

        public ReviewOutcome getOutcome() { return outcome; }
        public void setOutcome(ReviewOutcome outcome) { this.outcome = outcome; }
        public String getNotes() { return notes; }
        public void setNotes(String notes) { this.notes = notes; }
    }

    public static class TerminateForm {
        private String reason;

        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }
}
