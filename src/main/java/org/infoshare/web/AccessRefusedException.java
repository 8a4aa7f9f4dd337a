package org.infoshare.web;

/** An access rule refused the request: a role the user lacks, or lapsed training for personal data. */
public class AccessRefusedException extends RuntimeException {

    private final AccessRule.Outcome outcome;

    public AccessRefusedException(AccessRule.Outcome outcome) {
        super(switch (outcome) {
            case TRAINING_LAPSED -> "Your mandatory data protection training has lapsed. You cannot open personal data until it is renewed and recorded.";
            default -> "You do not have permission to do this.";
        });
        this.outcome = outcome;
    }

    public AccessRule.Outcome outcome() {
        return outcome;
    }
}
