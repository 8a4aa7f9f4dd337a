package org.infoshare.dataset.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.infoshare.shared.problem.Violation;

/**
 * What a dataset specification may contain: columns named once each, every column carrying a data item of the
 * agreement that may go to the recipient, pseudonyms only for identifiers, codes only with their list.
 */
public final class SpecificationRules {

    public static final int MAX_COLUMNS = 200;
    public static final int MAX_CODES = 200;
    static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\- ]{0,62}[A-Za-z0-9_]|[A-Za-z]");

    private SpecificationRules() {
    }

    /**
     * @param agreementItems the data item codes of the agreement version in force
     * @param allowedItems   those that may go to the recipient
     */
    public static List<Violation> check(List<ColumnSpec> columns, Set<String> agreementItems, Set<String> allowedItems) {
        List<Violation> violations = new ArrayList<>();
        if (columns == null || columns.isEmpty()) {
            // A specification being set up has no columns yet; nothing can be uploaded under it until it has.
            return violations;
        }
        if (columns.size() > MAX_COLUMNS) {
            violations.add(new Violation("columns", "max-size", "A specification has " + MAX_COLUMNS + " columns or fewer"));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            ColumnSpec column = columns.get(i);
            String field = "columns[" + i + "].";
            if (!NAME.matcher(column.name()).matches()) {
                violations.add(new Violation(field + "name", "format",
                        "A column name starts with a letter and has up to 64 letters, digits, spaces, dots, hyphens or underscores"));
            } else if (!names.add(column.key())) {
                violations.add(new Violation(field + "name", "unique", "Column names must be different from each other"));
            }
            if (!agreementItems.contains(column.item())) {
                violations.add(new Violation(field + "item", "in-agreement", "Choose a data item the agreement covers"));
            } else if (!allowedItems.contains(column.item())) {
                violations.add(new Violation(field + "item", "allowed-for-recipient",
                        "The agreement does not allow '" + column.item() + "' to go to this recipient"));
            }
            if (column.pseudonymise() && !column.type().pseudonymisable()) {
                violations.add(new Violation(field + "pseudonymise", "pseudonymisable",
                        "Only text and whole-number identifiers can be pseudonymised"));
            }
            if (column.type() == ValueType.CODE) {
                checkCodes(column.allowedValues(), field, violations);
            } else if (!column.allowedValues().isEmpty()) {
                violations.add(new Violation(field + "allowedValues", "codes-only", "Only a code column has a list of allowed values"));
            }
            if (column.maxLength() != null) {
                if (column.type() != ValueType.TEXT) {
                    violations.add(new Violation(field + "maxLength", "text-only", "Only a text column has a maximum length"));
                } else if (column.maxLength() < 1 || column.maxLength() > ColumnSpec.MAX_VALUE_LENGTH) {
                    violations.add(new Violation(field + "maxLength", "range",
                            "The maximum length must be between 1 and " + ColumnSpec.MAX_VALUE_LENGTH));
                }
            }
        }
        return violations;
    }

    private static void checkCodes(List<String> codes, String field, List<Violation> violations) {
        if (codes.isEmpty()) {
            violations.add(new Violation(field + "allowedValues", "required", "List the codes a code column accepts"));
            return;
        }
        if (codes.size() > MAX_CODES) {
            violations.add(new Violation(field + "allowedValues", "max-size", "A code column accepts " + MAX_CODES + " codes or fewer"));
        }
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            if (code == null || code.isBlank() || code.length() > 100 || !code.equals(code.strip())) {
                violations.add(new Violation(field + "allowedValues", "format", "Each code has 1 to 100 characters and no surrounding spaces"));
                return;
            }
            if (!seen.add(code.toLowerCase(Locale.ROOT))) {
                violations.add(new Violation(field + "allowedValues", "unique", "Each code is listed once"));
                return;
            }
        }
    }
}
