package org.infoshare.directory.rules;

import java.time.LocalDate;

/**
 * Whether an administrator may end someone's access as asked, now or on a later day (ADR 0016). Someone who leaves
 * things addressed to them needs a colleague to take them over; so does a revocation set for a later day, since what
 * will be addressed to them by then is not known. The colleague is someone else in the same organisation whose own
 * access is active.
 */
public final class EndingAccess {

    public enum Reason {
        /** Revoked now. */
        NOW,
        /** Set to end on the day asked for. */
        ON_A_LATER_DAY,
        /** An administrator cannot end their own access: another must. */
        OWN_ACCESS,
        /** Their access has already ended. */
        ALREADY_ENDED,
        /** The day asked for has passed. */
        DAY_PASSED,
        /** Something is, or may be by then, addressed to them, and nobody was chosen to take it over. */
        COLLEAGUE_NEEDED,
        /** The person chosen is not someone else in the organisation with active access. */
        NOT_A_COLLEAGUE
    }

    /**
     * What was asked.
     *
     * @param own              the administrator is the person whose access would end
     * @param active           their access is active now
     * @param on               the day asked for, or null for now
     * @param leavesSomething  something is addressed to them now that a colleague must take over
     * @param colleagueChosen  someone was named to take over
     * @param colleagueEligible the person named is someone else in their organisation whose access is active
     */
    public record Request(boolean own, boolean active, LocalDate on, boolean leavesSomething, boolean colleagueChosen,
                          boolean colleagueEligible) {
    }

    public record Verdict(boolean allowed, Reason reason) {
        public boolean later() {
            return reason == Reason.ON_A_LATER_DAY;
        }
    }

    private EndingAccess() {
    }

    public static Verdict of(Request request, LocalDate today) {
        if (request.own()) {
            return refused(Reason.OWN_ACCESS);
        }
        if (!request.active()) {
            return refused(Reason.ALREADY_ENDED);
        }
        if (request.on() != null && request.on().isBefore(today)) {
            return refused(Reason.DAY_PASSED);
        }
        boolean later = request.on() != null && request.on().isAfter(today);
        if (later || request.leavesSomething() || request.colleagueChosen()) {
            if (!request.colleagueChosen()) {
                return refused(Reason.COLLEAGUE_NEEDED);
            }
            if (!request.colleagueEligible()) {
                return refused(Reason.NOT_A_COLLEAGUE);
            }
        }
        return new Verdict(true, later ? Reason.ON_A_LATER_DAY : Reason.NOW);
    }

    private static Verdict refused(Reason reason) {
        return new Verdict(false, reason);
    }
}
