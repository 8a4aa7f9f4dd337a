package org.infoshare.linkage.extract;

import java.util.Locale;

/**
 * The columns of a linkage extract: what a partner uploads once its records are encoded (ADR 0070). One row per
 * event; a record with several events repeats its reference and encoding, a record with none has one row with
 * the event columns empty. References are the partner's own (or the agreement key's pseudonyms of them).
 */
public enum ExtractColumn {
    RECORD_REF("record-ref", true),
    ENCODING("linkage-encoding", true),
    HOUSEHOLD_REF("household-ref", false),
    PARENT_REF("parent-ref", false),
    AGE_GROUP("age-group", false),
    EVENT("event", false),
    EVENT_DATE("event-date", false),
    EVENT_VALUE("event-value", false);

    private final String header;
    private final boolean required;

    ExtractColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    public String header() {
        return header;
    }

    /** Every extract has this column. */
    public boolean required() {
        return required;
    }

    /** The column a header names (ignoring case and surrounding spaces), or null. */
    public static ExtractColumn of(String header) {
        String key = header == null ? "" : header.strip().toLowerCase(Locale.ROOT);
        for (ExtractColumn column : values()) {
            if (column.header.equals(key)) {
                return column;
            }
        }
        return null;
    }
}
