package org.infoshare.dataset.rules;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The kinds of value a dataset column holds. {@link #normalise} returns the canonical form of a valid value,
 * or null when the value is not of this type (the caller reports it without echoing the value, which may be
 * personal data).
 */
public enum ValueType {
    TEXT("Text", "text"),
    INTEGER("Whole number", "a whole number, like 42"),
    DECIMAL("Decimal number", "a number, like 12.5"),
    DATE("Date", "a date written YYYY-MM-DD, like 2014-03-27"),
    BOOLEAN("Yes or no", "true or false (or yes or no)"),
    YEAR_QUARTER("Quarter of a year", "a quarter written YYYY-Qn, like 2024-Q3"),
    CODE("Code from a list", "one of the listed codes");

    private final String label;
    private final String expectation;

    ValueType(String label, String expectation) {
        this.label = label;
        this.expectation = expectation;
    }

    public String label() {
        return label;
    }

    /** What a valid value looks like, for messages ("must be a date written YYYY-MM-DD"). */
    public String expectation() {
        return expectation;
    }

    /** Whether identifiers of this type may be replaced by keyed pseudonyms. */
    public boolean pseudonymisable() {
        return this == TEXT || this == INTEGER;
    }

    /** The canonical form of a non-empty, already stripped value, or null when it is not of this type. */
    public String normalise(String value) {
        return switch (this) {
            case TEXT, CODE -> value;
            case INTEGER -> integer(value);
            case DECIMAL -> decimal(value);
            case DATE -> date(value);
            case BOOLEAN -> bool(value);
            case YEAR_QUARTER -> quarter(value);
        };
    }

    private static String integer(String value) {
        int start = value.charAt(0) == '-' || value.charAt(0) == '+' ? 1 : 0;
        if (start == value.length() || value.length() - start > 18) {
            return null;
        }
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        return value.charAt(0) == '+' ? value.substring(1) : value;
    }

    private static String decimal(String value) {
        if (value.length() > 40) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+') {
                return null;
            }
        }
        try {
            return new BigDecimal(value).toPlainString();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String date(String value) {
        // Parsed by hand: a million dates through a DateTimeFormatter would cost a second.
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return null;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 7);
        int day = digits(value, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
            return null;
        }
        return value;
    }

    private static int digits(String value, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static String bool(String value) {
        if (value.equals("true") || value.equals("false")) {
            return value;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> "true";
            case "false", "no", "n", "0" -> "false";
            default -> null;
        };
    }

    private static String quarter(String value) {
        if (value.length() != 7 || value.charAt(4) != '-' || Character.toUpperCase(value.charAt(5)) != 'Q') {
            return null;
        }
        char q = value.charAt(6);
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return null;
            }
        }
        return q >= '1' && q <= '4' ? value.substring(0, 5) + "Q" + q : null;
    }
}
