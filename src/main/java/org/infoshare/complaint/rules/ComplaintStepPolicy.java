package org.infoshare.complaint.rules;

/**
 * Which step may follow which. A complaint is acknowledged once, investigated once acknowledged (an investigator may
 * be changed while it is), and closed with its outcome once acknowledged; a complaint withdrawn may be closed at any
 * time. Nothing changes a closed complaint except noting that the complainant went to the ICO.
 */
public final class ComplaintStepPolicy {

    public enum Step { ACKNOWLEDGE, INVESTIGATE, LINK, CLOSE, ICO_REFERRAL }

    /** Null when allowed; otherwise the rule broken and why. */
    public record Verdict(String rule, String message) {
        public boolean allowed() {
            return rule == null;
        }
    }

    private static final Verdict ALLOWED = new Verdict(null, null);

    private ComplaintStepPolicy() {
    }

    public static Verdict check(ComplaintStatus status, Step step, ComplaintOutcome outcome) {
        if (step == Step.ICO_REFERRAL) {
            return ALLOWED;
        }
        if (status == ComplaintStatus.CLOSED) {
            return new Verdict("closed", "This complaint is closed");
        }
        return switch (step) {
            case ACKNOWLEDGE -> status == ComplaintStatus.RECEIVED ? ALLOWED
                    : new Verdict("already-acknowledged", "This complaint has already been acknowledged");
            case INVESTIGATE -> status == ComplaintStatus.RECEIVED ? new Verdict("acknowledge-first", "Acknowledge the complaint first") : ALLOWED;
            case CLOSE -> status == ComplaintStatus.RECEIVED && outcome != ComplaintOutcome.WITHDRAWN
                    ? new Verdict("acknowledge-first", "Acknowledge the complaint before recording its outcome") : ALLOWED;
            case LINK -> ALLOWED;
            case ICO_REFERRAL -> ALLOWED;
        };
    }
}
