package org.infoshare.dataset.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks one row's values against the published columns: required values present, each value of its column's
 * type, within its length, and one of its codes. Valid values are replaced by their canonical form (an empty
 * value by null). Problems are reported by row, column and rule, never by value.
 */
public final class RowValidator {

    private final ColumnSpec[] columns;
    private final Map<String, String>[] codes;

    @SuppressWarnings("unchecked")
    public RowValidator(List<ColumnPlan.Kept> kept) {
        this.columns = kept.stream().map(ColumnPlan.Kept::spec).toArray(ColumnSpec[]::new);
        this.codes = new Map[columns.length];
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].type() == ValueType.CODE) {
                Map<String, String> allowed = new HashMap<>();
                columns[i].allowedValues().forEach(code -> allowed.put(code.toLowerCase(Locale.ROOT), code));
                codes[i] = allowed;
            }
        }
    }

    public int width() {
        return columns.length;
    }

    /**
     * Normalises {@code values} (one per published column, in order; null for absent) in place.
     *
     * @return true when the row is valid
     */
    public boolean check(long row, String[] values, ValidationReport report) {
        boolean valid = true;
        for (int i = 0; i < columns.length; i++) {
            ColumnSpec column = columns[i];
            String raw = values[i];
            String value = raw == null ? "" : raw.strip();
            if (value.isEmpty()) {
                values[i] = null;
                if (column.required()) {
                    report.add(row, column.name(), "required", "'" + column.name() + "' is required but has no value");
                    valid = false;
                }
                continue;
            }
            if (value.length() > column.effectiveMaxLength()) {
                report.add(row, column.name(), "max-length",
                        "'" + column.name() + "' must be " + column.effectiveMaxLength() + " characters or fewer");
                valid = false;
                continue;
            }
            String normal = column.type().normalise(value);
            if (normal != null && codes[i] != null) {
                normal = codes[i].get(normal.toLowerCase(Locale.ROOT));
                if (normal == null) {
                    report.add(row, column.name(), "allowed-values",
                            "'" + column.name() + "' must be one of: " + String.join(", ", column.allowedValues()));
                    valid = false;
                    continue;
                }
            }
            if (normal == null) {
                report.add(row, column.name(), "type", "'" + column.name() + "' must be " + column.type().expectation());
                valid = false;
                continue;
            }
            values[i] = normal;
        }
        return valid;
    }
}
