package org.infoshare.clock.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

import org.infoshare.clock.rules.Deadline.Standing;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The breach's 72 hours (002 §4.8): real elapsed hours, shown in London time, across the clock changes. */
class CalendarHoursTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    @Test
    void seventyTwoHoursAcrossTheSpringChangeEndAnHourLaterOnTheClock() {
        // Aware at 10:00 GMT on Friday 27 March 2026; the clocks go forward at 01:00 on Sunday 29 March.
        Deadline deadline = CalendarHours.breach(london("2026-03-27T10:00"));
        assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2026-03-30T10:00:00Z"));
        assertThat(deadline.dueText()).isEqualTo("11:00 on 30 March 2026");
        assertThat(Duration.between(london("2026-03-27T10:00"), deadline.dueAt())).isEqualTo(Duration.ofHours(72));
    }

    @Test
    void seventyTwoHoursAcrossTheAutumnChangeEndAnHourEarlierOnTheClock() {
        // Aware at 10:00 BST on Friday 23 October 2026; the clocks go back at 02:00 on Sunday 25 October.
        Deadline deadline = CalendarHours.breach(london("2026-10-23T10:00"));
        assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2026-10-26T09:00:00Z"));
        assertThat(deadline.dueText()).isEqualTo("09:00 on 26 October 2026");
        assertThat(deadline.dueOn()).isEqualTo(java.time.LocalDate.of(2026, 10, 26));
    }

    @Test
    void awareDuringTheRepeatedHourOfTheAutumnChange() {
        // 01:30 happens twice on 25 October 2026: first in BST (00:30Z), then in GMT (01:30Z).
        Instant firstTime = Instant.parse("2026-10-25T00:30:00Z");
        Instant secondTime = Instant.parse("2026-10-25T01:30:00Z");
        assertThat(CalendarHours.breach(firstTime).dueText()).isEqualTo("00:30 on 28 October 2026");
        assertThat(CalendarHours.breach(secondTime).dueText()).isEqualTo("01:30 on 28 October 2026");
    }

    @Test
    void dueSoonInTheLastDayDueTodayOnTheDayAndOverdueAtTheHour() {
        Deadline deadline = CalendarHours.breach(london("2026-06-01T09:00")); // due 09:00 on Thursday 4 June
        assertThat(deadline.standing(london("2026-06-02T09:00"))).isEqualTo(Standing.NOT_DUE);
        assertThat(deadline.standing(london("2026-06-03T09:00"))).isEqualTo(Standing.DUE_SOON);
        assertThat(deadline.standing(london("2026-06-04T00:00"))).isEqualTo(Standing.DUE);
        assertThat(deadline.standing(london("2026-06-04T08:59"))).isEqualTo(Standing.DUE);
        assertThat(deadline.standing(london("2026-06-04T09:00"))).isEqualTo(Standing.OVERDUE);
        assertThat(deadline.remaining(london("2026-06-04T08:00"))).isEqualTo(Duration.ofHours(1));
        assertThat(deadline.remaining(london("2026-06-04T10:00"))).isEqualTo(Duration.ofHours(-1));
    }

    @Test
    void refusesAnEmptyWindow() {
        assertThatThrownBy(() -> CalendarHours.after(Instant.EPOCH, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Awareness at random moments 2000–2040, many on the clock-change weekends: always 72 real hours, shown in London time. */
    @Test
    void alwaysSeventyTwoRealHoursShownInLondonTime() {
        long seed = KnownHolidays.seed();
        Random random = new Random(seed);
        DateTimeFormatter display = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy", Locale.UK);
        for (int n = 0; n < 20_000; n++) {
            Instant awareness;
            if (n % 2 == 0) {
                // Within three days before a last Sunday of March or October.
                int year = 2000 + random.nextInt(41);
                ZonedDateTime lastSunday = ZonedDateTime.of(year, random.nextBoolean() ? 3 : 10, 31, 12, 0, 0, 0, LONDON)
                        .with(java.time.temporal.TemporalAdjusters.lastInMonth(java.time.DayOfWeek.SUNDAY));
                awareness = lastSunday.toInstant().minusSeconds(random.nextInt(4 * 24 * 3600));
            } else {
                awareness = KnownHolidays.randomDate(random, 2000, 2040).atStartOfDay(LONDON).toInstant().plusSeconds(random.nextInt(86_400));
            }
            Deadline deadline = CalendarHours.breach(awareness);
            String input = "seed " + seed + " #" + n + ": aware at " + awareness;
            assertThat(Duration.between(awareness, deadline.dueAt())).as(input).isEqualTo(Duration.ofHours(72));
            assertThat(deadline.dueText()).as(input).isEqualTo(display.format(deadline.dueAt().atZone(LONDON)));
            assertThat(deadline.standing(deadline.dueAt().minusSeconds(1))).as(input).isIn(Standing.DUE, Standing.DUE_SOON);
            assertThat(deadline.standing(deadline.dueAt())).as(input).isEqualTo(Standing.OVERDUE);
            assertThat(deadline.standing(awareness)).as(input).isEqualTo(Standing.NOT_DUE);
        }
    }
}
