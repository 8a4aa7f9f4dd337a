package org.infoshare.foi.rules;

import org.infoshare.clock.rules.Deadline;

/**
 * When a consultation is reminded or escalated. What a partner owes next is its response, then (when data was
 * asked for) the data exchange. Once that stage is due soon or due today, the partner is reminded, once per
 * stage; once it is overdue, it is escalated, once per stage. Nothing is owed once the exchange is complete, or
 * once the holder has decided.
 */
public final class ReminderPolicy {

    public enum Action { NONE, REMIND, ESCALATE }

    /** What to do, and about which stage (null when nothing is owed). */
    public record Verdict(Action action, Stage stage) {
    }

    /**
     * @param responseStanding where the response stands against its 2 working days
     * @param exchangeStanding where the exchange stands against its 7; null when no data was asked for
     * @param remindedStage    the stage last reminded, or null
     * @param escalatedStage   the stage last escalated, or null
     */
    public record State(boolean requestDecided, boolean responded, boolean completed, Deadline.Standing responseStanding,
                        Deadline.Standing exchangeStanding, Stage remindedStage, Stage escalatedStage) {
    }

    private ReminderPolicy() {
    }

    public static Verdict next(State state) {
        Stage owed = owed(state);
        if (owed == null || state.requestDecided()) {
            return new Verdict(Action.NONE, owed);
        }
        Deadline.Standing standing = owed == Stage.RESPONSE ? state.responseStanding() : state.exchangeStanding();
        if (standing == Deadline.Standing.OVERDUE) {
            return new Verdict(owed == state.escalatedStage() ? Action.NONE : Action.ESCALATE, owed);
        }
        if (standing == Deadline.Standing.DUE || standing == Deadline.Standing.DUE_SOON) {
            return new Verdict(owed == state.remindedStage() ? Action.NONE : Action.REMIND, owed);
        }
        return new Verdict(Action.NONE, owed);
    }

    /** The stage the partner owes now, or null. */
    public static Stage owed(State state) {
        if (!state.responded()) {
            return Stage.RESPONSE;
        }
        if (state.exchangeStanding() != null && !state.completed()) {
            return Stage.EXCHANGE;
        }
        return null;
    }
}
