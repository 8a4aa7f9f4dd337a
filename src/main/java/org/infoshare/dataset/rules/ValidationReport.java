package org.infoshare.dataset.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The problems found in an upload's rows. Every problem is counted; the first {@code limit} are kept in detail
 * so that a file with a million bad rows still gives a report of bounded size. Problems name the row, the
 * column and the rule, never the offending value: it may be personal data.
 */
public final class ValidationReport {

    /**
     * @param row    the data row, counting from 1 for the first row after the header
     * @param column the specification's column name, or null for a problem with the whole row
     */
    public record Problem(long row, String column, String rule, String message) {
    }

    private final int limit;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Long> countsByRule = new TreeMap<>();
    private long total;

    public ValidationReport(int limit) {
        this.limit = limit;
    }

    public void add(long row, String column, String rule, String message) {
        total++;
        countsByRule.merge(rule, 1L, Long::sum);
        if (problems.size() < limit) {
            problems.add(new Problem(row, column, rule, message));
        }
    }

    public boolean isClean() {
        return total == 0;
    }

    public long total() {
        return total;
    }

    /** The problems kept in detail, in the order found. */
    public List<Problem> problems() {
        return Collections.unmodifiableList(problems);
    }

    public long notListed() {
        return total - problems.size();
    }

    public Map<String, Long> countsByRule() {
        return Collections.unmodifiableMap(countsByRule);
    }
}
