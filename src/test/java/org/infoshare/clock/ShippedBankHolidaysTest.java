package org.infoshare.clock;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.infoshare.clock.rules.BankHoliday;
import org.infoshare.clock.rules.BankHolidayCalendar;
import org.infoshare.clock.rules.BankHolidayCalendar.Coverage;
import org.infoshare.clock.rules.Nation;
import org.infoshare.clock.rules.StandingBankHolidays;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.clock.rules.Nation.ENGLAND_AND_WALES;
import static org.infoshare.clock.rules.Nation.NORTHERN_IRELAND;
import static org.infoshare.clock.rules.Nation.SCOTLAND;

/** The bank holidays that ship with the product, against dates known from GOV.UK and against the standing pattern. */
class ShippedBankHolidaysTest {

    private static final ShippedBankHolidays SHIPPED = ShippedBankHolidays.load(JsonMapper.builder().build());
    private static final BankHolidayCalendar CALENDAR = BankHolidayCalendar.of(SHIPPED.holidays(), SHIPPED.coverage());

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static boolean holiday(Nation nation, String date) {
        return CALENDAR.isBankHoliday(nation, d(date));
    }

    @Test
    void coversEveryNationFrom2018To2028() {
        for (Nation nation : Nation.values()) {
            assertThat(SHIPPED.coverage().get(nation)).isEqualTo(new Coverage(2018, 2028));
        }
    }

    @Test
    void oneOffHolidaysInEveryNation() {
        for (Nation nation : Nation.values()) {
            assertThat(holiday(nation, "2022-09-19")).as("State Funeral, " + nation).isTrue();
            assertThat(holiday(nation, "2023-05-08")).as("Coronation, " + nation).isTrue();
            assertThat(holiday(nation, "2022-06-03")).as("Platinum Jubilee, " + nation).isTrue();
            // Moved holidays: the early May bank holiday to VE Day in 2020, the spring one to 2 June in 2022.
            assertThat(holiday(nation, "2020-05-08")).isTrue();
            assertThat(holiday(nation, "2020-05-04")).isFalse();
            assertThat(holiday(nation, "2022-06-02")).isTrue();
            assertThat(holiday(nation, "2022-05-30")).isFalse();
        }
        assertThat(CALENDAR.holiday(ENGLAND_AND_WALES, d("2022-09-19")).orElseThrow().name())
                .isEqualTo("Bank Holiday for the State Funeral of Queen Elizabeth II");
    }

    @Test
    void stAndrewsDayAndItsSubstitutesInScotlandOnly() {
        assertThat(holiday(SCOTLAND, "2023-11-30")).isTrue();
        assertThat(holiday(SCOTLAND, "2024-12-02")).isTrue(); // 30 November 2024 a Saturday
        assertThat(holiday(SCOTLAND, "2025-12-01")).isTrue(); // 30 November 2025 a Sunday
        assertThat(CALENDAR.holiday(SCOTLAND, d("2025-12-01")).orElseThrow().name()).isEqualTo("St Andrew’s Day (substitute day)");
        assertThat(holiday(ENGLAND_AND_WALES, "2023-11-30")).isFalse();
        assertThat(holiday(NORTHERN_IRELAND, "2024-12-02")).isFalse();
    }

    @Test
    void northernIrelandsOwnHolidays() {
        assertThat(holiday(NORTHERN_IRELAND, "2023-07-12")).isTrue();
        assertThat(holiday(NORTHERN_IRELAND, "2020-07-13")).isTrue(); // the Boyne on a Sunday
        assertThat(holiday(NORTHERN_IRELAND, "2026-07-13")).isTrue();
        assertThat(holiday(NORTHERN_IRELAND, "2024-03-18")).isTrue(); // St Patrick's Day on a Sunday
        assertThat(holiday(ENGLAND_AND_WALES, "2023-07-12")).isFalse();
        assertThat(holiday(SCOTLAND, "2024-03-18")).isFalse();
    }

    @Test
    void scotlandsNewYearEasterAndSummer() {
        assertThat(holiday(SCOTLAND, "2023-01-02")).isTrue();
        assertThat(holiday(SCOTLAND, "2023-01-03")).isTrue(); // New Year's Day substitute after the 2nd
        assertThat(holiday(ENGLAND_AND_WALES, "2023-01-03")).isFalse();
        assertThat(holiday(SCOTLAND, "2026-04-06")).isFalse(); // no Easter Monday
        assertThat(holiday(ENGLAND_AND_WALES, "2026-04-06")).isTrue();
        assertThat(holiday(SCOTLAND, "2026-08-03")).isTrue();
        assertThat(holiday(ENGLAND_AND_WALES, "2026-08-31")).isTrue();
        assertThat(holiday(SCOTLAND, "2026-08-31")).isFalse();
    }

    @Test
    void everyShippedDateIsAWeekday() {
        assertThat(SHIPPED.holidays()).allMatch(h -> h.date().getDayOfWeek().getValue() <= 5);
    }

    /**
     * Each year's shipped dates are the standing pattern's, except exactly the one-offs and moves by
     * proclamation: two independent sources (the data file and the rules) that agree everywhere else.
     */
    @Test
    void matchesTheStandingPatternExceptTheKnownOneOffs() {
        Map<Nation, Set<LocalDate>> shipped = SHIPPED.holidays().stream()
                .collect(Collectors.groupingBy(BankHoliday::nation, Collectors.mapping(BankHoliday::date, Collectors.toSet())));
        Set<LocalDate> onlyShipped = Set.of(d("2020-05-08"), d("2022-06-02"), d("2022-06-03"), d("2022-09-19"), d("2023-05-08"));
        Set<LocalDate> onlyStanding = Set.of(d("2020-05-04"), d("2022-05-30"));
        for (Nation nation : Nation.values()) {
            Set<LocalDate> standing = new HashSet<>();
            for (int year = 2018; year <= 2028; year++) {
                StandingBankHolidays.of(nation, year).forEach(h -> standing.add(h.date()));
            }
            Set<LocalDate> extra = new HashSet<>(shipped.get(nation));
            extra.removeAll(standing);
            Set<LocalDate> missing = new HashSet<>(standing);
            missing.removeAll(shipped.get(nation));
            assertThat(extra).as(nation + " shipped but not in the pattern").isEqualTo(onlyShipped);
            assertThat(missing).as(nation + " in the pattern but not shipped").isEqualTo(onlyStanding);
        }
    }

    @Test
    void substituteDaysAreNamedAsSuch() {
        List<BankHoliday> christmas2022 = CALENDAR.holidays(ENGLAND_AND_WALES, 2022).stream()
                .filter(h -> h.date().getMonthValue() == 12).toList();
        assertThat(christmas2022).extracting(BankHoliday::date, BankHoliday::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(d("2022-12-26"), "Boxing Day"),
                org.assertj.core.groups.Tuple.tuple(d("2022-12-27"), "Christmas Day (substitute day)"));
    }
}
