package org.infoshare.dataset.rules;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One column of a dataset specification.
 *
 * @param name          the column's header in uploaded files (matched ignoring case and surrounding spaces)
 * @param item          the agreement data item this column carries; only items that may go to the recipient
 * @param required      every row must have a value
 * @param pseudonymise  replace each value by a keyed pseudonym under the agreement's key before it is stored
 * @param maxLength     for text, the longest value accepted; null for no limit beyond the platform's
 * @param allowedValues for codes, the values accepted (compared ignoring case, published as listed)
 */
public record ColumnSpec(String name, String item, ValueType type, boolean required, boolean pseudonymise,
                         Integer maxLength, List<String> allowedValues) {

    /** The platform's limit on one value, whatever the specification says. */
    public static final int MAX_VALUE_LENGTH = 10_000;

    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(type, "type");
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
    }

    /** How a header is compared with this column's name. */
    public static String key(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT);
    }

    public String key() {
        return key(name);
    }

    public int effectiveMaxLength() {
        return maxLength == null ? MAX_VALUE_LENGTH : Math.min(maxLength, MAX_VALUE_LENGTH);
    }
}
