package org.infoshare.incident.rules;

/**
 * Checks the decision to tell the Information Commissioner's Office, or not (UK GDPR Art 33(1); DPA 2018 s67(1)).
 * It follows a recorded assessment. A decision that goes against the assessment's conclusion is the Data
 * Protection Officer's to make, but only with the reason written down beside it. (A report made late must say
 * why: {@link LateReportPolicy}.)
 */
public final class IcoDecisionPolicy {

    private IcoDecisionPolicy() {
    }

    /** @param departure why the decision goes against the assessment; blank when it does not */
    public static DecisionCheck decide(RiskVerdict assessment, IcoReason reason, String departure) {
        if (assessment == null) {
            return DecisionCheck.refused("reason", "assess-first", "Assess the risk before deciding whether to tell the ICO");
        }
        boolean departs = reason.tellIco() != assessment.icoRequired();
        if (departs && blank(departure)) {
            return DecisionCheck.refused("departure", "departure-reason",
                    "The assessment says " + (assessment.icoRequired() ? "the ICO must be told" : "the ICO need not be told")
                            + ": enter why you have decided otherwise");
        }
        return DecisionCheck.ok(departs);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
