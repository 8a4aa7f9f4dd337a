package org.infoshare.foi.rules;

import org.infoshare.clock.rules.Deadline.Standing;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a partner is reminded or escalated (002 §2.8). */
class ReminderPolicyTest {

    private static ReminderPolicy.State state(boolean decided, boolean responded, boolean completed, Standing response, Standing exchange,
                                              Stage reminded, Stage escalated) {
        return new ReminderPolicy.State(decided, responded, completed, response, exchange, reminded, escalated);
    }

    @Test
    void aResponseNotYetDueNeedsNothing() {
        assertThat(ReminderPolicy.next(state(false, false, false, Standing.NOT_DUE, Standing.NOT_DUE, null, null)))
                .isEqualTo(new ReminderPolicy.Verdict(ReminderPolicy.Action.NONE, Stage.RESPONSE));
    }

    @Test
    void aResponseDueSoonOrTodayIsRemindedOnce() {
        assertThat(ReminderPolicy.next(state(false, false, false, Standing.DUE_SOON, Standing.NOT_DUE, null, null)).action())
                .isEqualTo(ReminderPolicy.Action.REMIND);
        assertThat(ReminderPolicy.next(state(false, false, false, Standing.DUE, Standing.NOT_DUE, null, null)).action())
                .isEqualTo(ReminderPolicy.Action.REMIND);
        assertThat(ReminderPolicy.next(state(false, false, false, Standing.DUE, Standing.NOT_DUE, Stage.RESPONSE, null)).action())
                .isEqualTo(ReminderPolicy.Action.NONE);
    }

    @Test
    void anOverdueResponseIsEscalatedOnce() {
        assertThat(ReminderPolicy.next(state(false, false, false, Standing.OVERDUE, Standing.NOT_DUE, Stage.RESPONSE, null)))
                .isEqualTo(new ReminderPolicy.Verdict(ReminderPolicy.Action.ESCALATE, Stage.RESPONSE));
        assertThat(ReminderPolicy.next(state(false, false, false, Standing.OVERDUE, Standing.NOT_DUE, Stage.RESPONSE, Stage.RESPONSE)).action())
                .isEqualTo(ReminderPolicy.Action.NONE);
    }

    @Test
    void afterTheResponseTheExchangeHasItsOwnReminderAndEscalation() {
        // The response was reminded and escalated; the exchange is still owed and is reminded and escalated in its turn.
        assertThat(ReminderPolicy.next(state(false, true, false, Standing.OVERDUE, Standing.DUE_SOON, Stage.RESPONSE, Stage.RESPONSE)))
                .isEqualTo(new ReminderPolicy.Verdict(ReminderPolicy.Action.REMIND, Stage.EXCHANGE));
        assertThat(ReminderPolicy.next(state(false, true, false, Standing.OVERDUE, Standing.OVERDUE, Stage.EXCHANGE, Stage.RESPONSE)))
                .isEqualTo(new ReminderPolicy.Verdict(ReminderPolicy.Action.ESCALATE, Stage.EXCHANGE));
    }

    @Test
    void nothingIsOwedOnceCompleteOrWhenOnlyViewsWereAskedForAndGiven() {
        assertThat(ReminderPolicy.next(state(false, true, true, Standing.OVERDUE, Standing.OVERDUE, null, null)))
                .isEqualTo(new ReminderPolicy.Verdict(ReminderPolicy.Action.NONE, null));
        assertThat(ReminderPolicy.owed(state(false, true, false, Standing.OVERDUE, null, null, null))).isNull();
    }

    @Test
    void nothingIsChasedOnceTheHolderHasDecided() {
        assertThat(ReminderPolicy.next(state(true, false, false, Standing.OVERDUE, Standing.OVERDUE, null, null)).action())
                .isEqualTo(ReminderPolicy.Action.NONE);
    }
}
