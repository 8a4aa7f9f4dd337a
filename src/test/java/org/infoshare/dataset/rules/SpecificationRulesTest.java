package org.infoshare.dataset.rules;

import java.util.List;
import java.util.Set;

import org.infoshare.shared.problem.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpecificationRulesTest {

    static final Set<String> ITEMS = Set.of("name", "dob", "crime");
    static final Set<String> TO_POLICE = Set.of("name", "dob");

    @Test
    void aSoundSpecificationPasses() {
        assertThat(SpecificationRules.check(List.of(
                new ColumnSpec("person-ref", "name", ValueType.TEXT, true, true, 20, null),
                new ColumnSpec("date of birth", "dob", ValueType.DATE, false, false, null, null),
                new ColumnSpec("dob_band", "dob", ValueType.CODE, false, false, null, List.of("0-4", "5-10"))), ITEMS, TO_POLICE)).isEmpty();
    }

    @Test
    void refusesEachBrokenRuleByField() {
        List<Violation> violations = SpecificationRules.check(List.of(
                new ColumnSpec("1bad", "name", ValueType.TEXT, true, false, null, null),
                new ColumnSpec("a", "elsewhere", ValueType.TEXT, false, false, null, null),
                new ColumnSpec("A", "crime", ValueType.DATE, false, true, 5, List.of("x")),
                new ColumnSpec("codes", "name", ValueType.CODE, false, false, null, List.of("X", "x"))), ITEMS, TO_POLICE);
        assertThat(violations).extracting(v -> v.field() + ":" + v.rule()).containsExactlyInAnyOrder(
                "columns[0].name:format",
                "columns[1].item:in-agreement",
                "columns[2].name:unique",
                "columns[2].item:allowed-for-recipient",
                "columns[2].pseudonymise:pseudonymisable",
                "columns[2].allowedValues:codes-only",
                "columns[2].maxLength:text-only",
                "columns[3].allowedValues:unique");
        assertThat(SpecificationRules.check(List.of(), ITEMS, TO_POLICE)).as("a specification being set up").isEmpty();
    }
}
