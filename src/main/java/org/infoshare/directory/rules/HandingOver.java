package org.infoshare.directory.rules;

/**
 * Whether what someone left behind may be handed over after their access has ended (ADR 0016): when nobody was
 * chosen as their access ended, or the colleague chosen for a later day had lost their own access by then. While
 * their access lasts, what they leave is handed over by revoking it; once ended, only to someone else in the same
 * organisation whose access is active, and only when something is left.
 */
public final class HandingOver {

    public enum Reason {
        /** Handed over. */
        HANDED_OVER,
        /** Their access has not ended: what they leave is handed over when it is revoked. */
        STILL_ACTIVE,
        /** Nothing is addressed to them. */
        NOTHING_LEFT,
        /** The person chosen is not someone else in the organisation with active access. */
        NOT_A_COLLEAGUE
    }

    /**
     * What was asked.
     *
     * @param active            the person's access is active
     * @param leavesSomething   something is addressed to them
     * @param colleagueEligible the person named is someone else in their organisation whose access is active
     */
    public record Request(boolean active, boolean leavesSomething, boolean colleagueEligible) {
    }

    public record Verdict(boolean allowed, Reason reason) {
    }

    private HandingOver() {
    }

    public static Verdict of(Request request) {
        if (request.active()) {
            return new Verdict(false, Reason.STILL_ACTIVE);
        }
        if (!request.leavesSomething()) {
            return new Verdict(false, Reason.NOTHING_LEFT);
        }
        if (!request.colleagueEligible()) {
            return new Verdict(false, Reason.NOT_A_COLLEAGUE);
        }
        return new Verdict(true, Reason.HANDED_OVER);
    }
}
