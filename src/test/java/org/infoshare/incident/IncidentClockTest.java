package org.infoshare.incident;

import java.time.Duration;
import java.time.Instant;

import org.infoshare.clock.rules.CalendarHours;
import org.infoshare.clock.rules.Deadline;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The 72 hours as every incident page shows them, across the clock changes and once the decision is made. */
class IncidentClockTest {

    @Test
    void seventyTwoRealHoursAcrossTheSpringClockChangeEndAnHourLaterOnTheClock() {
        // Aware at 10:00 GMT on Friday 27 March 2026; the clocks go forward at 01:00 on Sunday 29 March.
        Instant aware = Instant.parse("2026-03-27T10:00:00Z");
        IncidentClock clock = IncidentClock.of(CalendarHours.breach(aware), aware, null);
        assertThat(clock.dueAt()).isEqualTo(Instant.parse("2026-03-30T10:00:00Z"));
        assertThat(clock.dueText()).isEqualTo("11:00 on 30 March 2026");
        assertThat(clock.standing()).isEqualTo(Deadline.Standing.NOT_DUE);
        assertThat(clock.remaining()).isEqualTo("72 hours left");
    }

    @Test
    void seventyTwoRealHoursAcrossTheAutumnClockChangeEndAnHourEarlierOnTheClock() {
        // Aware at 10:00 BST (09:00 UTC) on Friday 23 October 2026; the clocks go back at 02:00 on Sunday 25 October.
        Instant aware = Instant.parse("2026-10-23T09:00:00Z");
        IncidentClock clock = IncidentClock.of(CalendarHours.breach(aware), aware.plus(Duration.ofHours(50)), null);
        assertThat(clock.dueText()).isEqualTo("09:00 on 26 October 2026");
        assertThat(clock.standing()).isEqualTo(Deadline.Standing.DUE_SOON);
        assertThat(clock.remaining()).isEqualTo("22 hours left");
        assertThat(clock.tagClass()).isEqualTo("govuk-tag--orange");
    }

    @Test
    void pastTheDeadlineItSaysByHowMuch() {
        Instant aware = Instant.parse("2026-06-01T08:00:00Z");
        IncidentClock clock = IncidentClock.of(CalendarHours.breach(aware), aware.plus(Duration.ofHours(77)).plusSeconds(1800), null);
        assertThat(clock.standing()).isEqualTo(Deadline.Standing.OVERDUE);
        assertThat(clock.remaining()).isEqualTo("Overdue by 5 hours");
        assertThat(clock.label()).isEqualTo("Overdue");
        assertThat(IncidentClock.of(CalendarHours.breach(aware), aware.plus(Duration.ofHours(72)).plusSeconds(59), null).remaining())
                .isEqualTo("Overdue by 0 minutes");
    }

    @Test
    void theDecisionStopsTheClockInTimeOrLate() {
        Instant aware = Instant.parse("2026-06-01T08:00:00Z");
        Deadline deadline = CalendarHours.breach(aware);
        IncidentClock inTime = IncidentClock.of(deadline, aware.plus(Duration.ofDays(9)), aware.plus(Duration.ofHours(72)));
        assertThat(inTime.decided()).isTrue();
        assertThat(inTime.decidedLate()).isFalse();
        assertThat(inTime.standing()).isNull();
        assertThat(inTime.label()).isEqualTo("Decided");
        IncidentClock late = IncidentClock.of(deadline, aware.plus(Duration.ofDays(9)), aware.plus(Duration.ofHours(75)));
        assertThat(late.decidedLate()).isTrue();
        assertThat(late.remaining()).isEqualTo("ICO decision recorded late, 3 hours after the deadline");
        assertThat(late.tagClass()).isEqualTo("govuk-tag--orange");
    }
}
