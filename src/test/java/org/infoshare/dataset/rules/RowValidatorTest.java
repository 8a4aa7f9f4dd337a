package org.infoshare.dataset.rules;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

class RowValidatorTest {

    static final List<ColumnSpec> SPEC = List.of(
            new ColumnSpec("person-ref", "id", ValueType.TEXT, true, true, 12, null),
            new ColumnSpec("date-of-birth", "dob", ValueType.DATE, true, false, null, null),
            new ColumnSpec("role", "role", ValueType.CODE, false, false, null, List.of("VICTIM", "PERPETRATOR")),
            new ColumnSpec("involved", "crime", ValueType.BOOLEAN, false, false, null, null));

    private final RowValidator validator = new RowValidator(
            ColumnPlan.forHeader(List.of("person-ref", "date-of-birth", "role", "involved"), SPEC,
                    Set.of("id", "dob", "role", "crime"), Set.of("id", "dob", "role", "crime"), ColumnMode.REFUSE).kept());

    @Test
    void normalisesAValidRow() {
        ValidationReport report = new ValidationReport(10);
        String[] row = {" P123 ", "2014-03-27", "victim", "yes"};
        assertThat(validator.check(1, row, report)).isTrue();
        assertThat(row).containsExactly("P123", "2014-03-27", "VICTIM", "true");
        String[] sparse = {"P124", "2015-01-01", "", null};
        assertThat(validator.check(2, sparse, report)).isTrue();
        assertThat(sparse).containsExactly("P124", "2015-01-01", null, null);
        assertThat(report.isClean()).isTrue();
    }

    @Test
    void reportsEveryProblemByRowColumnAndRuleWithoutTheValue() {
        ValidationReport report = new ValidationReport(10);
        assertThat(validator.check(7, new String[] {"", "27/03/2014", "WITNESS", "perhaps"}, report)).isFalse();
        assertThat(report.problems()).extracting(ValidationReport.Problem::rule)
                .containsExactly("required", "type", "allowed-values", "type");
        assertThat(report.problems()).allSatisfy(p -> {
            assertThat(p.row()).isEqualTo(7);
            assertThat(p.message()).doesNotContain("27/03/2014").doesNotContain("WITNESS").doesNotContain("perhaps");
        });
        assertThat(validator.check(8, new String[] {"P1234567890123", "2014-03-27", null, null}, report)).isFalse();
        assertThat(report.problems().get(4).rule()).isEqualTo("max-length");
    }

    @Test
    void keepsTheFirstProblemsInDetailAndCountsThemAll() {
        ValidationReport report = new ValidationReport(3);
        for (int row = 1; row <= 10; row++) {
            validator.check(row, new String[] {"", "2014-03-27", null, null}, report);
        }
        assertThat(report.total()).isEqualTo(10);
        assertThat(report.problems()).hasSize(3);
        assertThat(report.notListed()).isEqualTo(7);
        assertThat(report.countsByRule()).containsEntry("required", 10L);
    }

    /** No problem message ever repeats a value from the file, whatever the value. */
    @TestFactory
    Stream<DynamicTest> messagesNeverEchoValues() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        return IntStream.range(0, 20).mapToObj(batch -> DynamicTest.dynamicTest("batch " + batch + " (seed " + seed + ")", () -> {
            for (int i = 0; i < 500; i++) {
                String[] row = new String[4];
                for (int c = 0; c < row.length; c++) {
                    row[c] = "Zq" + Long.toHexString(random.nextLong()) + (random.nextBoolean() ? " Smith" : "");
                }
                String[] original = row.clone();
                ValidationReport report = new ValidationReport(100);
                validator.check(i, row, report);
                for (ValidationReport.Problem problem : report.problems()) {
                    for (String value : original) {
                        assertThat(problem.message()).as("seed %d", seed).doesNotContain(value.strip());
                    }
                }
            }
        }));
    }
}
