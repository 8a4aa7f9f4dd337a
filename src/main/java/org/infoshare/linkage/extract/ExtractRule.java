package org.infoshare.linkage.extract;

/** Why a linkage extract, or one of its rows, was refused: stable codes for reports and problems. */
public enum ExtractRule {
    MISSING_COLUMN("missing-column", "The file has no column with this name"),
    EMPTY("empty", "The file has no records"),
    REQUIRED("required", "Every row needs a value here"),
    ENCODING_FORMAT("encoding-format", "This is not a linkage encoding made by the encode-for-linkage command"),
    ENCODING_VERSION("encoding-version", "The encoding is of a version this linkage does not use"),
    ENCODING_LENGTH("encoding-length", "The encoding is cut short or has extra characters"),
    OTHER_SECRET("other-secret", "The record was encoded under another linkage secret than the one this linkage expects"),
    CONFLICTING_ROWS("conflicting-rows", "Rows for the same record have different encodings or references"),
    EVENT("event", "The event is not one of the outcomes plan's indicators"),
    EVENT_DATE("event-date", "Write the date as YYYY-MM-DD, or the quarter as YYYY-Qn"),
    EVENT_VALUE("event-value", "This event needs a number (attendance, in per cent), and others need none"),
    AGE_GROUP("age-group", "The age group is UNDER_FIVE, CHILD or ADULT");

    private final String code;
    private final String message;

    ExtractRule(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }
}
