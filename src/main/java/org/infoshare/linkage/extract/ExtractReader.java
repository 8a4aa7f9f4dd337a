package org.infoshare.linkage.extract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.infoshare.linkage.rules.encoding.EncodedIdentity;
import org.infoshare.linkage.rules.encoding.EncodedText;
import org.infoshare.linkage.rules.outcomes.AgeGroup;
import org.infoshare.linkage.rules.outcomes.Fact;
import org.infoshare.linkage.rules.outcomes.Indicator;

/**
 * Reads a linkage extract (see {@link ExtractColumn}) into records, one per reference, with the facts of all its
 * rows. Every value is checked: an encoding must be readable and made under the expected secret, an event one of
 * the indicators, its date a day or a quarter (read as the quarter's first day) and its value present exactly
 * for valued indicators. Problems name the row, the column and the rule, never the value.
 */
public final class ExtractReader {

    /** Problems listed in full; more are counted. */
    public static final int LISTED_PROBLEMS = 100;
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public record Problem(long row, String column, ExtractRule rule) {
    }

    /**
     * @param records  the records read, in the order their references first appeared
     * @param problems the first {@link #LISTED_PROBLEMS} problems; {@code problemCount} counts them all
     */
    public record Result(List<ExtractRecord> records, List<Problem> problems, long problemCount, long rows) {

        public boolean accepted() {
            return problemCount == 0;
        }
    }

    private final String fingerprint;
    private final int source;

    /**
     * @param fingerprint the linkage secret's fingerprint every encoding must carry
     * @param source      the source number the records' facts are recorded under
     */
    public ExtractReader(String fingerprint, int source) {
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
        this.source = source;
    }

    public Result read(CsvRows rows) {
        List<Problem> problems = new ArrayList<>();
        long[] count = {0};
        Consumer<Problem> report = problem -> {
            if (count[0]++ < LISTED_PROBLEMS) {
                problems.add(problem);
            }
        };
        String[] header = rows.next();
        if (header == null) {
            report.accept(new Problem(1, null, ExtractRule.EMPTY));
            return new Result(List.of(), problems, count[0], 0);
        }
        Map<ExtractColumn, Integer> at = new EnumMap<>(ExtractColumn.class);
        for (int i = 0; i < header.length; i++) {
            ExtractColumn column = ExtractColumn.of(header[i]);
            if (column != null) {
                at.putIfAbsent(column, i);
            }
        }
        for (ExtractColumn column : ExtractColumn.values()) {
            if (column.required() && !at.containsKey(column)) {
                report.accept(new Problem(1, column.header(), ExtractRule.MISSING_COLUMN));
            }
        }
        if (count[0] > 0) {
            return new Result(List.of(), problems, count[0], 0);
        }
        Map<String, Builder> records = new LinkedHashMap<>();
        long read = 0;
        String[] values;
        while ((values = rows.next()) != null) {
            read++;
            row(rows.row(), values, at, records, report);
        }
        if (records.isEmpty() && count[0] == 0) {
            report.accept(new Problem(rows.row(), null, ExtractRule.EMPTY));
        }
        List<ExtractRecord> result = count[0] > 0 ? List.of() : records.values().stream().map(Builder::build).toList();
        return new Result(result, problems, count[0], read);
    }

    private void row(long row, String[] values, Map<ExtractColumn, Integer> at, Map<String, Builder> records, Consumer<Problem> report) {
        String ref = value(values, at, ExtractColumn.RECORD_REF);
        String encoding = value(values, at, ExtractColumn.ENCODING);
        if (ref == null) {
            report.accept(new Problem(row, ExtractColumn.RECORD_REF.header(), ExtractRule.REQUIRED));
            return;
        }
        if (encoding == null) {
            report.accept(new Problem(row, ExtractColumn.ENCODING.header(), ExtractRule.REQUIRED));
            return;
        }
        String household = value(values, at, ExtractColumn.HOUSEHOLD_REF);
        String parent = value(values, at, ExtractColumn.PARENT_REF);
        AgeGroup age = null;
        String ageText = value(values, at, ExtractColumn.AGE_GROUP);
        if (ageText != null) {
            try {
                age = AgeGroup.valueOf(ageText.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                report.accept(new Problem(row, ExtractColumn.AGE_GROUP.header(), ExtractRule.AGE_GROUP));
                return;
            }
        }
        Builder builder = records.get(ref);
        if (builder == null) {
            EncodedText.Reading reading = EncodedText.read(encoding);
            if (reading.problem() != null) {
                report.accept(new Problem(row, ExtractColumn.ENCODING.header(), switch (reading.problem()) {
                    case FORMAT -> ExtractRule.ENCODING_FORMAT;
                    case VERSION -> ExtractRule.ENCODING_VERSION;
                    case LENGTH -> ExtractRule.ENCODING_LENGTH;
                }));
                return;
            }
            if (!reading.identity().secretFingerprint().equals(fingerprint)) {
                report.accept(new Problem(row, ExtractColumn.ENCODING.header(), ExtractRule.OTHER_SECRET));
                return;
            }
            builder = new Builder(ref, encoding, reading.identity(), household, parent, age);
            records.put(ref, builder);
        } else if (builder.encoding != digest(encoding) || !Objects.equals(builder.household, household)
                || !Objects.equals(builder.parent, parent) || !Objects.equals(builder.age, age)) {
            report.accept(new Problem(row, null, ExtractRule.CONFLICTING_ROWS));
            return;
        }
        fact(row, values, at, report).ifPresent(builder.facts::add);
    }

    private java.util.Optional<Fact> fact(long row, String[] values, Map<ExtractColumn, Integer> at, Consumer<Problem> report) {
        String event = value(values, at, ExtractColumn.EVENT);
        String date = value(values, at, ExtractColumn.EVENT_DATE);
        String number = value(values, at, ExtractColumn.EVENT_VALUE);
        if (event == null) {
            if (date != null || number != null) {
                report.accept(new Problem(row, ExtractColumn.EVENT.header(), ExtractRule.REQUIRED));
            }
            return java.util.Optional.empty();
        }
        Indicator indicator;
        try {
            indicator = Indicator.valueOf(event.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            report.accept(new Problem(row, ExtractColumn.EVENT.header(), ExtractRule.EVENT));
            return java.util.Optional.empty();
        }
        LocalDate day = date == null ? null : day(date);
        if (day == null) {
            report.accept(new Problem(row, ExtractColumn.EVENT_DATE.header(), ExtractRule.EVENT_DATE));
            return java.util.Optional.empty();
        }
        Double value = null;
        if (number != null) {
            try {
                value = Double.valueOf(number);
            } catch (NumberFormatException e) {
                value = Double.NaN;
            }
        }
        if (indicator.valued() != (value != null) || (value != null && (value.isNaN() || value < 0 || value > 100))) {
            report.accept(new Problem(row, ExtractColumn.EVENT_VALUE.header(), ExtractRule.EVENT_VALUE));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Fact(indicator, day, value, source));
    }

    /** A day written YYYY-MM-DD, or a quarter written YYYY-Qn read as its first day; null if neither. */
    public static LocalDate day(String text) {
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.matches()) {
            return LocalDate.of(Integer.parseInt(quarter.group(1)), 3 * (Integer.parseInt(quarter.group(2)) - 1) + 1, 1);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static long digest(String text) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001B3L;
        }
        return h;
    }

    private static String value(String[] values, Map<ExtractColumn, Integer> at, ExtractColumn column) {
        Integer index = at.get(column);
        if (index == null || index >= values.length) {
            return null;
        }
        String value = values[index].strip();
        return value.isEmpty() ? null : value;
    }

    private static final class Builder {
        final String ref;
        /** A digest of the encoding's text, to tell a conflicting row without keeping the text. */
        final long encoding;
        final EncodedIdentity identity;
        final String household;
        final String parent;
        final AgeGroup age;
        final List<Fact> facts = new ArrayList<>(1);

        Builder(String ref, String encoding, EncodedIdentity identity, String household, String parent, AgeGroup age) {
            this.ref = ref;
            this.encoding = digest(encoding);
            this.identity = identity;
            this.household = household;
            this.parent = parent;
            this.age = age;
        }

        ExtractRecord build() {
            return new ExtractRecord(ref, identity, household, parent, age, facts);
        }
    }
}
