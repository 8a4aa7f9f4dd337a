package org.infoshare.dataset.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Minimisation of an upload's columns (002 §4.1, 004 rule 6): only columns of the dataset specification whose
 * agreement data item may go to this recipient are published. Any other column refuses the whole upload, or,
 * when the sender chose {@link ColumnMode#DROP}, is left out and reported. A refused or dropped column is never
 * published, whatever the mode.
 *
 * <p>An unknown header is reported by its position only: a file without a header row would otherwise echo its
 * first row of personal data into the report. A header that is one of the agreement's data item codes is named,
 * since it is the agreement's own vocabulary, and judged against the recipient's allowance for that item.
 */
public final class ColumnPlan {

    public enum Outcome {
        PUBLISHED("published", false, false),
        DROPPED_NOT_ALLOWED("not-allowed-for-recipient", true, false),
        DROPPED_UNKNOWN("not-in-specification", true, false),
        REFUSED_NOT_ALLOWED("not-allowed-for-recipient", false, true),
        REFUSED_UNKNOWN("not-in-specification", false, true),
        REFUSED_DUPLICATE("duplicate-column", false, true),
        REFUSED_MISSING_REQUIRED("missing-required-column", false, true);

        private final String rule;
        private final boolean dropped;
        private final boolean refused;

        Outcome(String rule, boolean dropped, boolean refused) {
            this.rule = rule;
            this.dropped = dropped;
            this.refused = refused;
        }

        public String rule() {
            return rule;
        }

        public boolean dropped() {
            return dropped;
        }

        public boolean refused() {
            return refused;
        }
    }

    /**
     * What happened to one column of the upload.
     *
     * @param position 1-based position in the file's header (0 for a required column the file lacks; for
     *                 JSON lines, the order in which fields were first met)
     * @param column   the specification's name for it, or null when the header is not in the specification
     * @param firstRow for JSON lines, the row on which the field was first met; 0 for CSV
     */
    public record Decision(int position, String column, Outcome outcome, String message, long firstRow) {
    }

    /** A column that is published: where its values come from in each record, and its specification. */
    public record Kept(int sourceIndex, ColumnSpec spec) {
    }

    private final Map<String, ColumnSpec> byKey = new LinkedHashMap<>();
    private final Set<String> allowedItems;
    private final Set<String> agreementItems;
    private final ColumnMode mode;
    private final List<Decision> decisions = new ArrayList<>();
    private final List<Kept> kept = new ArrayList<>();
    private final Map<String, Decision> seenFields = new HashMap<>();

    private ColumnPlan(List<ColumnSpec> specification, Set<String> agreementItems, Set<String> allowedItems, ColumnMode mode) {
        specification.forEach(column -> byKey.putIfAbsent(column.key(), column));
        this.allowedItems = Set.copyOf(allowedItems);
        Set<String> items = new java.util.HashSet<>();
        agreementItems.forEach(item -> items.add(ColumnSpec.key(item)));
        this.agreementItems = Set.copyOf(items);
        this.mode = mode;
    }

    /**
     * The plan for a CSV file, from its header row.
     *
     * @param agreementItems the agreement's data item codes
     * @param allowedItems   those that may go to the recipient
     */
    public static ColumnPlan forHeader(List<String> headers, List<ColumnSpec> specification, Set<String> agreementItems,
                                       Set<String> allowedItems, ColumnMode mode) {
        ColumnPlan plan = new ColumnPlan(specification, agreementItems, allowedItems, mode);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < headers.size(); i++) {
            String key = ColumnSpec.key(headers.get(i));
            ColumnSpec column = plan.byKey.get(key);
            if (column != null && !seen.add(key)) {
                plan.decisions.add(new Decision(i + 1, column.name(), Outcome.REFUSED_DUPLICATE,
                        "Column " + (i + 1) + " repeats the column '" + column.name() + "'", 0));
                continue;
            }
            Decision decision = plan.judge(column, headers.get(i), i + 1, 0);
            plan.decisions.add(decision);
            if (decision.outcome() == Outcome.PUBLISHED) {
                plan.kept.add(new Kept(i, column));
            }
        }
        for (ColumnSpec column : specification) {
            if (column.required() && !seen.contains(column.key())) {
                plan.decisions.add(new Decision(0, column.name(), Outcome.REFUSED_MISSING_REQUIRED,
                        "The file has no '" + column.name() + "' column, which the specification requires", 0));
            }
        }
        return plan;
    }

    /**
     * The plan for JSON lines: every specification column that may go to the recipient is published (a row
     * without a field has no value for it); other fields are judged by {@link #field} when first met.
     */
    public static ColumnPlan forFields(List<ColumnSpec> specification, Set<String> agreementItems, Set<String> allowedItems,
                                       ColumnMode mode) {
        ColumnPlan plan = new ColumnPlan(specification, agreementItems, allowedItems, mode);
        for (ColumnSpec column : plan.byKey.values()) {
            if (plan.allowedItems.contains(column.item())) {
                plan.kept.add(new Kept(plan.kept.size(), column));
            } else if (column.required()) {
                plan.decisions.add(new Decision(0, column.name(), Outcome.REFUSED_MISSING_REQUIRED,
                        "The specification requires '" + column.name() + "', but the agreement does not allow its data item '"
                                + column.item() + "' to go to this recipient", 0));
            }
        }
        return plan;
    }

    /**
     * Judges a JSON field the first time it is met; later meetings return the same decision. A field that is
     * a published column maps to that column.
     */
    public Decision field(String name, long row) {
        String key = ColumnSpec.key(name);
        Decision known = seenFields.get(key);
        if (known != null) {
            return known;
        }
        Decision decision = judge(byKey.get(key), name, seenFields.size() + 1, row);
        seenFields.put(key, decision);
        if (decision.outcome() != Outcome.PUBLISHED) {
            decisions.add(decision);
        }
        return decision;
    }

    /** The published column a JSON field maps to, if any. */
    public Optional<Kept> keptFor(String name) {
        String key = ColumnSpec.key(name);
        return kept.stream().filter(k -> k.spec().key().equals(key)).findFirst();
    }

    private Decision judge(ColumnSpec column, String header, int position, long row) {
        String where = row > 0 ? " (first met on row " + row + ")" : "";
        if (column == null && agreementItems.contains(ColumnSpec.key(header))) {
            String item = ColumnSpec.key(header);
            boolean forbidden = allowedItems.stream().noneMatch(allowed -> ColumnSpec.key(allowed).equals(item));
            String because = forbidden ? "the agreement does not allow '" + item + "' to go to this recipient"
                    : "the dataset specification has no '" + item + "' column";
            Outcome outcome = forbidden
                    ? (mode == ColumnMode.DROP ? Outcome.DROPPED_NOT_ALLOWED : Outcome.REFUSED_NOT_ALLOWED)
                    : (mode == ColumnMode.DROP ? Outcome.DROPPED_UNKNOWN : Outcome.REFUSED_UNKNOWN);
            return new Decision(position, item, outcome, "Column " + position + " '" + item + "' "
                    + (outcome.dropped() ? "was left out" : "is refused") + ": " + because + where, row);
        }
        if (column == null) {
            return mode == ColumnMode.DROP
                    ? new Decision(position, null, Outcome.DROPPED_UNKNOWN,
                    "Column " + position + " is not in the dataset specification and was left out" + where, row)
                    : new Decision(position, null, Outcome.REFUSED_UNKNOWN,
                    "Column " + position + " is not in the dataset specification" + where, row);
        }
        if (!allowedItems.contains(column.item())) {
            String because = "the agreement does not allow '" + column.item() + "' to go to this recipient";
            if (column.required()) {
                return new Decision(position, column.name(), Outcome.REFUSED_NOT_ALLOWED,
                        "Column '" + column.name() + "' cannot be published: " + because + where, row);
            }
            return mode == ColumnMode.DROP
                    ? new Decision(position, column.name(), Outcome.DROPPED_NOT_ALLOWED,
                    "Column '" + column.name() + "' was left out: " + because + where, row)
                    : new Decision(position, column.name(), Outcome.REFUSED_NOT_ALLOWED,
                    "Column '" + column.name() + "' is refused: " + because + where, row);
        }
        return new Decision(position, column.name(), Outcome.PUBLISHED, "Published", row);
    }

    public boolean refused() {
        return decisions.stream().anyMatch(d -> d.outcome().refused());
    }

    public List<Decision> decisions() {
        return Collections.unmodifiableList(decisions);
    }

    /** The published columns, in the order they are stored. */
    public List<Kept> kept() {
        return Collections.unmodifiableList(kept);
    }

    public List<Decision> dropped() {
        return decisions.stream().filter(d -> d.outcome().dropped()).toList();
    }

    public ColumnMode mode() {
        return mode;
    }
}
