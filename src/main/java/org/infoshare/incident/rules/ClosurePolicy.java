package org.infoshare.incident.rules;

/**
 * When an incident may be closed. Whatever it turned out to be, the decision about the ICO has been made, so the
 * 72-hour clock has an answer. A breach closes only once both decisions are recorded and carried out: the report
 * sent if the ICO was to be told, the people told if they were to be. An incident the decision called no breach
 * cannot be closed as one, nor the reverse.
 *
 * @see IcoDecisionPolicy
 */
public final class ClosurePolicy {

    /** What has been recorded so far. */
    public record State(IcoReason icoReason, boolean icoReported, PeopleReason peopleReason, boolean peopleTold) {
    }

    private ClosurePolicy() {
    }

    public static DecisionCheck close(Outcome outcome, State state) {
        if (state.icoReason() == null) {
            return DecisionCheck.refused("outcome", "ico-decision-first", "Record the decision about telling the ICO before closing the incident");
        }
        if (outcome == Outcome.BREACH && state.icoReason() == IcoReason.NOT_A_BREACH) {
            return DecisionCheck.refused("outcome", "decided-not-a-breach", "The decision about the ICO found it was not a personal data breach");
        }
        if (outcome != Outcome.BREACH && state.icoReason().tellIco()) {
            return DecisionCheck.refused("outcome", "decided-a-breach", "The ICO was to be told of it as a breach: close it as a breach");
        }
        if (outcome == Outcome.BREACH) {
            if (state.peopleReason() == null) {
                return DecisionCheck.refused("outcome", "people-decision-first", "Record the decision about telling the people affected before closing");
            }
            if (state.icoReason().tellIco() && !state.icoReported()) {
                return DecisionCheck.refused("outcome", "ico-report-first", "Record when the report was sent to the ICO before closing");
            }
            if (state.peopleReason().tell() && !state.peopleTold()) {
                return DecisionCheck.refused("outcome", "people-told-first", "Record when the people affected were told before closing");
            }
        }
        return DecisionCheck.ok(false);
    }
}
