package org.infoshare.decision;

/** How a draft's answers, held as the form's strings, become a command's values: blank is no answer. */
final class DraftValues {

    private DraftValues() {
    }

    static Boolean yesNo(String value) {
        return value == null || value.isBlank() ? null : "YES".equals(value);
    }

    /** The code's constant, or no answer for a blank or a code no longer offered. */
    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
