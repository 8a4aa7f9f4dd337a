package org.infoshare.retention.rules;

import java.time.MonthDay;
import java.util.Objects;

/**
 * How long one kind of record is kept, as structured data rather than prose (002 §4.9; 004 §7): disposed of a
 * period after an event ("6 years after the case was closed"), at or after an age ("at the end of the school
 * year after their 25th birthday"), or reviewed every so many years ("review every 3 years").
 *
 * @param age            the birthday the period runs from, for the birthday events
 * @param reviewEveryYears for a review rule, how often the record is reviewed
 * @param schoolYearEnds the last day of the school year (31 August in England and Wales)
 * @param source         where the period comes from, e.g. "004 §7" or the organisation's retention schedule
 */
public record RetentionRule(RecordType type, Action action, RetentionEvent event, int years, int months, Integer age,
                            int reviewEveryYears, MonthDay schoolYearEnds, String source) {

    public static final MonthDay END_OF_AUGUST = MonthDay.of(8, 31);
    public static final int MAX_YEARS = 150;

    /** Dispose of the record when the period has passed, or review it regularly. */
    public enum Action { DISPOSE, REVIEW }

    /** A rule that cannot be: names the part that is wrong. */
    public static final class Invalid extends IllegalArgumentException {
        private final String field;

        Invalid(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    public RetentionRule {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(event, "event");
        schoolYearEnds = schoolYearEnds == null ? END_OF_AUGUST : schoolYearEnds;
        if (!type.events().contains(event)) {
            throw new Invalid("event", type.label() + " cannot be kept from " + event.phrase());
        }
        if (years < 0 || months < 0 || years > MAX_YEARS || months > 11) {
            throw new Invalid("years", "A period is 0 to " + MAX_YEARS + " years and 0 to 11 months");
        }
        if (event.needsAge() != (age != null)) {
            throw new Invalid("age", event.needsAge() ? "Enter the age the period runs from" : "Only a birthday rule names an age");
        }
        if (age != null && (age < 0 || age > 120)) {
            throw new Invalid("age", "The age must be 0 to 120");
        }
        if ((action == Action.REVIEW) != (reviewEveryYears > 0)) {
            throw new Invalid("reviewEveryYears", action == Action.REVIEW ? "Enter how often to review, in years"
                    : "Only a review rule says how often to review");
        }
        if (action == Action.REVIEW && (years > 0 || months > 0)) {
            throw new Invalid("years", "A review rule has no disposal period");
        }
    }

    public static RetentionRule disposeAfter(RecordType type, RetentionEvent event, int years, String source) {
        return new RetentionRule(type, Action.DISPOSE, event, years, 0, null, 0, null, source);
    }

    public static RetentionRule atAge(RecordType type, RetentionEvent birthdayEvent, int age, String source) {
        return new RetentionRule(type, Action.DISPOSE, birthdayEvent, 0, 0, age, 0, null, source);
    }

    public static RetentionRule reviewEvery(RecordType type, RetentionEvent event, int years, String source) {
        return new RetentionRule(type, Action.REVIEW, event, 0, 0, null, years, null, source);
    }

    /** The rule in words, e.g. "Dispose of 6 years after the case was closed". */
    public String describe() {
        if (action == Action.REVIEW) {
            return "Review every " + plural(reviewEveryYears, "year") + " from " + event.phrase();
        }
        String period = period().isEmpty() ? "" : period() + " after ";
        return switch (event) {
            case BIRTHDAY -> "Dispose of " + period + "the person's " + ordinal(age) + " birthday";
            case SCHOOL_YEAR_AFTER_BIRTHDAY -> "Dispose of " + period + "the end of the school year after the person's " + ordinal(age) + " birthday";
            default -> period.isEmpty() ? "Dispose of when " + event.phrase() : "Dispose of " + period + event.phrase();
        };
    }

    /** The period in words ("6 years", "1 year and 6 months"), or "" for none. */
    public String period() {
        if (years == 0 && months == 0) {
            return "";
        }
        if (months == 0) {
            return plural(years, "year");
        }
        return years == 0 ? plural(months, "month") : plural(years, "year") + " and " + plural(months, "month");
    }

    private static String plural(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
