package org.infoshare.rights.rules;

import org.infoshare.clock.rules.Deadline;

/**
 * When a deadline that has not been met is raised further: an undecided rights request, or an unconfirmed notice
 * to a recipient, is escalated once it is overdue (and only once); a notice is reminded once when it becomes
 * due soon or due today.
 */
public final class EscalationPolicy {

    private EscalationPolicy() {
    }

    public enum Action { NONE, REMIND, ESCALATE }

    /** @param settled decided (a request) or confirmed (a notice) */
    public static Action next(Deadline.Standing standing, boolean settled, boolean reminded, boolean escalated) {
        if (settled) {
            return Action.NONE;
        }
        return switch (standing) {
            case OVERDUE -> escalated ? Action.NONE : Action.ESCALATE;
            case DUE, DUE_SOON -> reminded ? Action.NONE : Action.REMIND;
            case NOT_DUE, PAUSED -> Action.NONE;
        };
    }
}
