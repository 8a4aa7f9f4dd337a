package org.infoshare.incident.rules;

import java.time.Instant;

/**
 * A report to the ICO made more than 72 hours after the organisation became aware of the breach must give the
 * reasons for the delay (UK GDPR Art 33(1): "accompanied by reasons for the delay"; DPA 2018 s67(2)).
 */
public final class LateReportPolicy {

    private LateReportPolicy() {
    }

    public static DecisionCheck check(Instant due, Instant reportedAt, String lateReason) {
        if (reportedAt.isAfter(due) && IcoDecisionPolicy.blank(lateReason)) {
            return DecisionCheck.refused("lateReason", "late-reason",
                    "The report was made more than 72 hours after becoming aware: enter the reasons for the delay");
        }
        return DecisionCheck.ok(false);
    }
}
