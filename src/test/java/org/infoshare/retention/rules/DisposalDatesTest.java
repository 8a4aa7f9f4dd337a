package org.infoshare.retention.rules;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Disposal dates from retention rules: periods, birthdays (29 February), the school year after a birthday (004 §7), consent withdrawn (004 §5). */
class DisposalDatesTest {

    private static final RetentionRule SCHOOL_YEAR_AFTER_25TH = RetentionRule.atAge(RecordType.PERSON, RetentionEvent.SCHOOL_YEAR_AFTER_BIRTHDAY, 25, "004 §7");

    @Test
    void theSchoolYearAfterThe25thBirthdayEndsOnTheThirtyFirstOfAugustAfterTheNextOneBegins() {
        assertThat(DisposalDates.of(SCHOOL_YEAR_AFTER_25TH, facts().withDateOfBirth(LocalDate.of(2000, 10, 10))).date())
                .isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(DisposalDates.of(SCHOOL_YEAR_AFTER_25TH, facts().withDateOfBirth(LocalDate.of(2000, 8, 31))).date())
                .isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(DisposalDates.of(SCHOOL_YEAR_AFTER_25TH, facts().withDateOfBirth(LocalDate.of(2000, 9, 1))).date())
                .isEqualTo(LocalDate.of(2027, 8, 31));
    }

    @Test
    void aLeapDayBirthdayFallsOnTheFirstOfMarchInOtherYears() {
        assertThat(DisposalDates.birthday(LocalDate.of(2008, 2, 29), 18)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(DisposalDates.birthday(LocalDate.of(2008, 2, 29), 16)).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void withoutADateOfBirthOrTheEventTheDateWaits() {
        assertThat(DisposalDates.of(SCHOOL_YEAR_AFTER_25TH, facts()).kind()).isEqualTo(DisposalDate.Kind.WAITING);
        RetentionRule afterClosure = RetentionRule.disposeAfter(RecordType.DISCLOSURE, RetentionEvent.CASE_CLOSED, 6, "local");
        assertThat(DisposalDates.of(afterClosure, facts()).kind()).isEqualTo(DisposalDate.Kind.WAITING);
        assertThat(DisposalDates.of(afterClosure, RecordFacts.of(Map.of(RetentionEvent.CASE_CLOSED, LocalDate.of(2020, 2, 29)))).date())
                .isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void consentWithdrawnBringsDisposalForwardButNeverPutsItBack() {
        RetentionRule afterClosure = RetentionRule.disposeAfter(RecordType.CONSENT_RECORD, RetentionEvent.CASE_CLOSED, 6, "local");
        RecordFacts closed = RecordFacts.of(Map.of(RetentionEvent.CASE_CLOSED, LocalDate.of(2020, 1, 1)));
        assertThat(DisposalDates.of(afterClosure, closed.withConsentBasisWithdrawn(LocalDate.of(2021, 5, 4))).date()).isEqualTo(LocalDate.of(2021, 5, 4));
        assertThat(DisposalDates.of(afterClosure, closed.withConsentBasisWithdrawn(LocalDate.of(2030, 5, 4))).date()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(DisposalDates.of(afterClosure, facts().withConsentBasisWithdrawn(LocalDate.of(2021, 5, 4))).date()).isEqualTo(LocalDate.of(2021, 5, 4));
    }

    @Test
    void aReviewRuleCountsFromTheLastReview() {
        RetentionRule review = RetentionRule.reviewEvery(RecordType.PERSON, RetentionEvent.RECORDED, 3, "local");
        RecordFacts recorded = RecordFacts.of(Map.of(RetentionEvent.RECORDED, LocalDate.of(2020, 6, 1)));
        assertThat(DisposalDates.of(review, recorded).date()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(DisposalDates.of(review, recorded.withLastReviewed(LocalDate.of(2024, 1, 15))).date()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(DisposalDates.of(review, recorded).kind()).isEqualTo(DisposalDate.Kind.REVIEW_ON);
    }

    /** Against a simple implementation that walks the calendar day by day; the seed is printed so a failure replays. */
    @TestFactory
    Stream<DynamicTest> theEndOfTheSchoolYearAfterABirthdayMatchesADayByDayWalk() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        return IntStream.range(0, 500).mapToObj(n -> {
            LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 80));
            int age = random.nextInt(30);
            MonthDay ends = random.nextBoolean() ? RetentionRule.END_OF_AUGUST : MonthDay.of(Month.JULY, 1 + random.nextInt(31));
            return DynamicTest.dynamicTest("case " + n + " (seed " + seed + ")", () -> {
                LocalDate birthday = DisposalDates.birthday(born, age);
                assertThat(birthday.getYear()).isEqualTo(born.getYear() + age);
                assertThat(DisposalDates.endOfSchoolYearAfter(birthday, ends))
                        .as("seed %d: born %s, age %d, school year ends %s", seed, born, age, ends)
                        .isEqualTo(walk(birthday, ends));
            });
        });
    }

    /** The first day after {@code day} on which a school year begins (the day after an end), then that year's end. */
    private static LocalDate walk(LocalDate day, MonthDay ends) {
        LocalDate d = day.plusDays(1);
        while (!MonthDay.from(d.minusDays(1)).equals(ends)) {
            d = d.plusDays(1);
        }
        LocalDate end = d;
        while (!MonthDay.from(end).equals(ends)) {
            end = end.plusDays(1);
        }
        return end;
    }

    private static RecordFacts facts() {
        return RecordFacts.of(Map.of());
    }
}
