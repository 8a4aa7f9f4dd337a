package org.infoshare.oversight.rules;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The months a report covers: in order, one to sixty of them, the day after the last as its end. */
class ReportPeriodTest {

    @Test
    void aPeriodRunsFromTheFirstDayOfItsFirstMonthToTheDayAfterItsLast() {
        ReportPeriod period = new ReportPeriod(YearMonth.of(2025, 12), YearMonth.of(2026, 2));
        assertThat(period.from()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(period.until()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(period.months()).containsExactly(YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2));
        assertThat(ReportPeriod.yearTo(YearMonth.of(2026, 12)).first()).isEqualTo(YearMonth.of(2026, 1));
    }

    @Test
    void aPeriodEndingBeforeItStartsOrLongerThanFiveYearsIsRefusedWithItsReason() {
        assertThat(ReportPeriod.check(YearMonth.of(2026, 5), YearMonth.of(2026, 4))).isEqualTo(ReportPeriod.Problem.ENDS_BEFORE_IT_STARTS);
        assertThat(ReportPeriod.check(YearMonth.of(2021, 1), YearMonth.of(2025, 12))).isNull();
        assertThat(ReportPeriod.check(YearMonth.of(2021, 1), YearMonth.of(2026, 1))).isEqualTo(ReportPeriod.Problem.TOO_LONG);
        assertThat(ReportPeriod.check(YearMonth.of(2026, 4), YearMonth.of(2026, 4))).isNull();
        assertThatThrownBy(() -> new ReportPeriod(YearMonth.of(2026, 5), YearMonth.of(2026, 4))).isInstanceOf(IllegalArgumentException.class);
    }
}
