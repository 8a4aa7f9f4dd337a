package org.infoshare.clock.rules;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The usual pattern offered for a coming year: Easter, the Monday holidays, and substitute days per nation. */
class StandingBankHolidaysTest {

    private static List<LocalDate> dates(Nation nation, int year) {
        return StandingBankHolidays.of(nation, year).stream().map(BankHoliday::date).toList();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void easterSundays() {
        assertThat(StandingBankHolidays.easterSunday(2000)).isEqualTo(d("2000-04-23"));
        assertThat(StandingBankHolidays.easterSunday(2008)).isEqualTo(d("2008-03-23"));
        assertThat(StandingBankHolidays.easterSunday(2024)).isEqualTo(d("2024-03-31"));
        assertThat(StandingBankHolidays.easterSunday(2029)).isEqualTo(d("2029-04-01"));
        assertThat(StandingBankHolidays.easterSunday(2038)).isEqualTo(d("2038-04-25"));
    }

    @Test
    void englandAndWales2029() {
        assertThat(dates(Nation.ENGLAND_AND_WALES, 2029)).containsExactly(d("2029-01-01"), d("2029-03-30"), d("2029-04-02"),
                d("2029-05-07"), d("2029-05-28"), d("2029-08-27"), d("2029-12-25"), d("2029-12-26"));
    }

    @Test
    void scotlandHasTheSecondOfJanuaryStAndrewsDayAndAnEarlierSummerHoliday() {
        // 2033: 1 January a Saturday, 2 January a Sunday; St Andrew's Day a Wednesday; Christmas a Sunday.
        assertThat(StandingBankHolidays.of(Nation.SCOTLAND, 2033)).extracting(BankHoliday::date, BankHoliday::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(d("2033-01-03"), "New Year’s Day (substitute day)"),
                org.assertj.core.groups.Tuple.tuple(d("2033-01-04"), "2nd January (substitute day)"),
                org.assertj.core.groups.Tuple.tuple(d("2033-04-15"), "Good Friday"),
                org.assertj.core.groups.Tuple.tuple(d("2033-05-02"), "Early May bank holiday"),
                org.assertj.core.groups.Tuple.tuple(d("2033-05-30"), "Spring bank holiday"),
                org.assertj.core.groups.Tuple.tuple(d("2033-08-01"), "Summer bank holiday"),
                org.assertj.core.groups.Tuple.tuple(d("2033-11-30"), "St Andrew’s Day"),
                org.assertj.core.groups.Tuple.tuple(d("2033-12-26"), "Boxing Day"),
                org.assertj.core.groups.Tuple.tuple(d("2033-12-27"), "Christmas Day (substitute day)"));
    }

    @Test
    void northernIrelandKeepsStPatricksAndTheBoyneOnMondaysWhenTheyFallAtTheWeekend() {
        List<LocalDate> ni2029 = dates(Nation.NORTHERN_IRELAND, 2029);
        assertThat(ni2029).contains(d("2029-03-19"), d("2029-07-12")); // 17 March 2029 a Saturday; 12 July a Thursday
        assertThat(dates(Nation.NORTHERN_IRELAND, 2031)).contains(d("2031-03-17"), d("2031-07-14")); // 12 July 2031 a Saturday
    }

    @Test
    void everyDateIsAWeekday() {
        for (Nation nation : Nation.values()) {
            for (int year = 2000; year <= 2100; year++) {
                assertThat(dates(nation, year)).allMatch(BankHolidayCalendar::weekday).doesNotHaveDuplicates();
            }
        }
    }
}
