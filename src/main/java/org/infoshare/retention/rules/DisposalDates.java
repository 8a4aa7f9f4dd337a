package org.infoshare.retention.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The disposal (or review) date a retention rule gives one record. Periods are calendar years and months after
 * the event; a person born on 29 February reaches an age on 1 March in a year that has no 29 February. "The end
 * of the school year after their 25th birthday" (004 §7) is the last day of the first school year that begins
 * after that birthday: with the school year ending on 31 August, a 25th birthday on 10 October 2025 gives
 * 31 August 2027, and one on 31 August 2025 gives 31 August 2026. Where the record's only lawful basis was
 * consent and the consent was withdrawn, it goes at the withdrawal (004 §5), whatever the rule would allow.
 */
public final class DisposalDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private DisposalDates() {
    }

    public static DisposalDate of(RetentionRule rule, RecordFacts facts) {
        DisposalDate byRule = byRule(rule, facts);
        LocalDate withdrawn = facts.consentBasisWithdrawn();
        if (withdrawn == null || byRule.kind() == DisposalDate.Kind.DISPOSE_ON && !byRule.date().isAfter(withdrawn)) {
            return byRule;
        }
        return DisposalDate.disposeOn(withdrawn, "Consent, its only lawful basis, was withdrawn on " + DAY.format(withdrawn));
    }

    private static DisposalDate byRule(RetentionRule rule, RecordFacts facts) {
        LocalDate from;
        String start;
        if (rule.event().needsAge()) {
            if (facts.dateOfBirth() == null) {
                return DisposalDate.waiting("Waiting: the person's date of birth is not recorded");
            }
            LocalDate birthday = birthday(facts.dateOfBirth(), rule.age());
            if (rule.event() == RetentionEvent.SCHOOL_YEAR_AFTER_BIRTHDAY) {
                from = endOfSchoolYearAfter(birthday, rule.schoolYearEnds());
                start = "the end of the school year after their " + RetentionRule.ordinal(rule.age()) + " birthday (" + DAY.format(from) + ")";
            } else {
                from = birthday;
                start = "their " + RetentionRule.ordinal(rule.age()) + " birthday on " + DAY.format(from);
            }
        } else {
            from = facts.events().get(rule.event());
            if (from == null) {
                return DisposalDate.waiting("Waiting until " + rule.event().phrase());
            }
            start = rule.event().phrase() + " on " + DAY.format(from);
        }
        if (rule.action() == RetentionRule.Action.REVIEW) {
            LocalDate base = facts.lastReviewed() != null && facts.lastReviewed().isAfter(from) ? facts.lastReviewed() : from;
            LocalDate review = base.plusYears(rule.reviewEveryYears());
            return new DisposalDate(DisposalDate.Kind.REVIEW_ON, review, "Review " + rule.reviewEveryYears() + " years after "
                    + (base == from ? start : "the last review on " + DAY.format(base)));
        }
        LocalDate date = from.plusYears(rule.years()).plusMonths(rule.months());
        String period = rule.period().isEmpty() ? "At " : rule.period() + " after ";
        return DisposalDate.disposeOn(date, capitalise(period + start));
    }

    /** The day a person born on {@code born} reaches {@code age}; 29 February birthdays fall on 1 March in other years. */
    public static LocalDate birthday(LocalDate born, int age) {
        LocalDate birthday = born.plusYears(age);
        if (born.getMonthValue() == 2 && born.getDayOfMonth() == 29 && birthday.getDayOfMonth() == 28) {
            return birthday.plusDays(1);
        }
        return birthday;
    }

    /** The last day of the first school year that begins after {@code day} (school years end on {@code ends}). */
    public static LocalDate endOfSchoolYearAfter(LocalDate day, MonthDay ends) {
        LocalDate endThisYear = ends.atYear(day.getYear());
        LocalDate currentEnd = day.isAfter(endThisYear) ? ends.atYear(day.getYear() + 1) : endThisYear;
        return ends.atYear(currentEnd.getYear() + 1);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
