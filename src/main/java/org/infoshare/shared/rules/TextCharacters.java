package org.infoshare.shared.rules;

import java.util.Optional;

/**
 * Text the platform can store faithfully. PostgreSQL cannot hold a NUL character in text, and an unpaired UTF-16
 * surrogate has no UTF-8 form at all (encoders silently write '?' in its place), so both are refused wherever text
 * comes in, naming the field, rather than failing in the database or being altered without a word.
 */
public final class TextCharacters {

    private TextCharacters() {
    }

    /** What is wrong with a piece of text; the code is the rule name a problem reports. */
    public enum Problem {
        NUL("no-nul-character", "must not contain a NUL character (U+0000)"),
        UNPAIRED_SURROGATE("valid-unicode", "contains a broken character (an unpaired UTF-16 surrogate)");

        private final String rule;
        private final String complaint;

        Problem(String rule, String complaint) {
            this.rule = rule;
            this.complaint = complaint;
        }

        public String rule() {
            return rule;
        }

        /** The message for a field of that name, e.g. "'name' must not contain a NUL character (U+0000)". */
        public String message(String field) {
            return (field == null || field.isEmpty() ? "The text" : "'" + field + "'") + " " + complaint;
        }
    }

    /** The first problem in the text, if it has one. */
    public static Optional<Problem> check(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of(Problem.NUL);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return Optional.of(Problem.UNPAIRED_SURROGATE);
                }
            } else if (Character.isLowSurrogate(c)) {
                return Optional.of(Problem.UNPAIRED_SURROGATE);
            }
        }
        return Optional.empty();
    }
}
