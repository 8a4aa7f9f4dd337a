package org.infoshare.subject.rules;

import java.util.Optional;

/**
 * An NHS number: ten digits, the last a check digit by modulus 11 (NHS Data Dictionary, "NHS Number"). Spaces and
 * hyphens people type between groups (943 476 5919) are ignored.
 */
public final class NhsNumber {

    /** Why text is not an NHS number; the code is the rule a problem reports. */
    public enum Problem {
        NOT_TEN_DIGITS("nhs-number-digits", "NHS number must be 10 digits, like 943 476 5919"),
        CHECK_DIGIT("nhs-number-check-digit", "Enter a real NHS number: check the digits, as these cannot be an NHS number");

        private final String rule;
        private final String message;

        Problem(String rule, String message) {
            this.rule = rule;
            this.message = message;
        }

        public String rule() {
            return rule;
        }

        public String message() {
            return message;
        }
    }

    private NhsNumber() {
    }

    /** The ten digits, without spaces, or empty when the text is blank. */
    public static String digits(String text) {
        return text == null ? "" : text.replaceAll("[\\s-]", "");
    }

    /** What is wrong with the text as an NHS number, if anything (blank text is not checked here). */
    public static Optional<Problem> check(String text) {
        String digits = digits(text);
        if (!digits.matches("\\d{10}")) {
            return Optional.of(Problem.NOT_TEN_DIGITS);
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check == 10 || check != digits.charAt(9) - '0' ? Optional.of(Problem.CHECK_DIGIT) : Optional.empty();
    }

    /** Whether the text is a valid NHS number. */
    public static boolean valid(String text) {
        return check(text).isEmpty();
    }
}
