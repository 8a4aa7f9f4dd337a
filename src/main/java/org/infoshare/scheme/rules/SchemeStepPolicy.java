package org.infoshare.scheme.rules;

/**
 * Which stage may be recorded now: each in turn, once, and nothing after the application is closed (004 §8.3,
 * §8.6: checks, meeting the applicant, the multi-agency forum, the decision, disclosure in person).
 */
public final class SchemeStepPolicy {

    public static final String IN_ORDER = "stage-in-order";
    public static final String CLOSED = "application-closed";
    public static final String OUT_OF_ORDER = "stage-out-of-order";

    private SchemeStepPolicy() {
    }

    public static Verdict check(ApplicationStatus status, Stage stage) {
        if (stage.from() == status) {
            return Verdict.yes(IN_ORDER, stage.label() + " is the next stage", "004 §8.3; 004 §8.6");
        }
        if (status.closed()) {
            return Verdict.no(CLOSED, "", "The application is closed: " + status.label().toLowerCase(java.util.Locale.UK), "004 §8.3; 004 §8.6");
        }
        Stage next = Stage.next(status);
        return Verdict.no(OUT_OF_ORDER, "", "The next stage is: " + next.label().toLowerCase(java.util.Locale.UK), "004 §8.3; 004 §8.6");
    }
}
