package org.infoshare.dataset.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnPlanTest {

    static ColumnSpec text(String name, String item, boolean required) {
        return new ColumnSpec(name, item, ValueType.TEXT, required, false, null, null);
    }

    static final List<ColumnSpec> SPEC = List.of(
            text("person-ref", "name-and-contact-details", true),
            text("date-of-birth", "date-of-birth", true),
            text("crime-involvement", "crime-involvement", false),
            text("ethnicity", "racial-or-ethnic-origin", false));
    /** The police may receive names and dates of birth, not the council's crime columns (as in seed 002's agreement). */
    static final Set<String> TO_POLICE = Set.of("name-and-contact-details", "date-of-birth", "racial-or-ethnic-origin");
    static final Set<String> ITEMS = Set.of("name-and-contact-details", "date-of-birth", "racial-or-ethnic-origin",
            "crime-involvement", "crime-quarter");

    @Test
    void publishesOnlyAllowedSpecificationColumnsMatchingHeadersLoosely() {
        ColumnPlan plan = ColumnPlan.forHeader(List.of(" Person-Ref ", "DATE-OF-BIRTH", "ethnicity"), SPEC, ITEMS, TO_POLICE, ColumnMode.REFUSE);
        assertThat(plan.refused()).isFalse();
        assertThat(plan.kept()).extracting(k -> k.spec().name()).containsExactly("person-ref", "date-of-birth", "ethnicity");
        assertThat(plan.kept()).extracting(ColumnPlan.Kept::sourceIndex).containsExactly(0, 1, 2);
    }

    @Test
    void aColumnTheRecipientMayNotReceiveRefusesTheUploadNamingIt() {
        ColumnPlan plan = ColumnPlan.forHeader(List.of("person-ref", "date-of-birth", "crime-involvement"), SPEC, ITEMS, TO_POLICE, ColumnMode.REFUSE);
        assertThat(plan.refused()).isTrue();
        assertThat(plan.decisions()).filteredOn(d -> d.outcome().refused()).singleElement().satisfies(d -> {
            assertThat(d.column()).isEqualTo("crime-involvement");
            assertThat(d.position()).isEqualTo(3);
            assertThat(d.outcome().rule()).isEqualTo("not-allowed-for-recipient");
            assertThat(d.message()).contains("crime-involvement").contains("does not allow");
        });
    }

    @Test
    void aHeaderNamingAForbiddenDataItemIsRefusedByName() {
        ColumnPlan plan = ColumnPlan.forHeader(List.of("person-ref", "date-of-birth", "Crime-Quarter"), SPEC, ITEMS, TO_POLICE, ColumnMode.REFUSE);
        assertThat(plan.refused()).isTrue();
        assertThat(plan.decisions()).filteredOn(d -> d.outcome().refused()).singleElement().satisfies(d -> {
            assertThat(d.column()).isEqualTo("crime-quarter");
            assertThat(d.outcome().rule()).isEqualTo("not-allowed-for-recipient");
        });
    }

    @Test
    void inDropModeTheForbiddenColumnIsLeftOutAndReported() {
        ColumnPlan plan = ColumnPlan.forHeader(List.of("person-ref", "crime-involvement", "date-of-birth"), SPEC, ITEMS, TO_POLICE, ColumnMode.DROP);
        assertThat(plan.refused()).isFalse();
        assertThat(plan.kept()).extracting(k -> k.spec().name()).containsExactly("person-ref", "date-of-birth");
        assertThat(plan.dropped()).singleElement().satisfies(d -> {
            assertThat(d.column()).isEqualTo("crime-involvement");
            assertThat(d.message()).contains("left out");
        });
    }

    @Test
    void anUnknownHeaderIsReportedByPositionNeverByItsText() {
        // A file without a header row: its first row of data arrives as the "header".
        ColumnPlan plan = ColumnPlan.forHeader(List.of("P000123", "Jane Smith", "2014-03-27"), SPEC, ITEMS, TO_POLICE, ColumnMode.REFUSE);
        assertThat(plan.refused()).isTrue();
        assertThat(plan.decisions()).allSatisfy(d -> {
            assertThat(d.message()).doesNotContain("Jane").doesNotContain("P000123").doesNotContain("2014-03-27");
        });
        assertThat(plan.decisions()).extracting(d -> d.outcome().rule())
                .contains("not-in-specification", "missing-required-column");
    }

    @Test
    void aMissingRequiredColumnOrARepeatedColumnRefusesWhateverTheMode() {
        ColumnPlan missing = ColumnPlan.forHeader(List.of("person-ref"), SPEC, ITEMS, TO_POLICE, ColumnMode.DROP);
        assertThat(missing.refused()).isTrue();
        assertThat(missing.decisions()).extracting(ColumnPlan.Decision::column).contains("date-of-birth");
        ColumnPlan repeated = ColumnPlan.forHeader(List.of("person-ref", "date-of-birth", "Person-Ref"), SPEC, ITEMS, TO_POLICE, ColumnMode.DROP);
        assertThat(repeated.refused()).isTrue();
        assertThat(repeated.decisions()).extracting(d -> d.outcome().rule()).contains("duplicate-column");
    }

    @Test
    void jsonFieldsAreJudgedWhenFirstMet() {
        ColumnPlan plan = ColumnPlan.forFields(SPEC, ITEMS, TO_POLICE, ColumnMode.DROP);
        assertThat(plan.kept()).extracting(k -> k.spec().name()).containsExactly("person-ref", "date-of-birth", "ethnicity");
        assertThat(plan.field("crime-involvement", 7).outcome()).isEqualTo(ColumnPlan.Outcome.DROPPED_NOT_ALLOWED);
        assertThat(plan.field("crime-involvement", 9).firstRow()).isEqualTo(7);
        assertThat(plan.field("Person-Ref", 1).outcome()).isEqualTo(ColumnPlan.Outcome.PUBLISHED);
        ColumnPlan refusing = ColumnPlan.forFields(SPEC, ITEMS, TO_POLICE, ColumnMode.REFUSE);
        assertThat(refusing.field("notes", 3).outcome()).isEqualTo(ColumnPlan.Outcome.REFUSED_UNKNOWN);
        assertThat(refusing.refused()).isTrue();
    }

    /**
     * Whatever the specification, the agreement's allowances, the headers and the mode: no published column is
     * outside the specification or carries an item the recipient may not receive, a refused column is never
     * published, and an upload with a forbidden column in refuse mode is refused.
     */
    @TestFactory
    Stream<DynamicTest> neverPublishesAForbiddenColumn() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<String> items = List.of("a", "b", "c", "d", "e", "f");
        return IntStream.range(0, 500).mapToObj(n -> DynamicTest.dynamicTest("case " + n + " (seed " + seed + ")", () -> {
            List<ColumnSpec> spec = new ArrayList<>();
            int columns = 1 + random.nextInt(8);
            for (int i = 0; i < columns; i++) {
                spec.add(text("col" + i, items.get(random.nextInt(items.size())), random.nextInt(3) == 0));
            }
            Set<String> allowed = new HashSet<>();
            items.stream().filter(i -> random.nextBoolean()).forEach(allowed::add);
            List<String> headers = new ArrayList<>();
            int width = random.nextInt(10);
            for (int i = 0; i < width; i++) {
                int kind = random.nextInt(6);
                String name = kind == 0 ? "other" + random.nextInt(5) : kind == 1 ? items.get(random.nextInt(items.size()))
                        : "col" + random.nextInt(columns + 2);
                headers.add(random.nextBoolean() ? " " + name.toUpperCase(Locale.ROOT) : name);
            }
            Collections.shuffle(headers, random);
            ColumnMode mode = random.nextBoolean() ? ColumnMode.REFUSE : ColumnMode.DROP;
            ColumnPlan plan = ColumnPlan.forHeader(headers, spec, Set.copyOf(items), allowed, mode);

            for (ColumnPlan.Kept kept : plan.kept()) {
                assertThat(allowed).as("seed %d: published item", seed).contains(kept.spec().item());
                assertThat(spec).as("seed %d", seed).contains(kept.spec());
                assertThat(ColumnSpec.key(headers.get(kept.sourceIndex()))).isEqualTo(kept.spec().key());
            }
            Set<Integer> keptPositions = new HashSet<>();
            plan.kept().forEach(k -> keptPositions.add(k.sourceIndex() + 1));
            for (ColumnPlan.Decision decision : plan.decisions()) {
                if (decision.outcome().refused() || decision.outcome().dropped()) {
                    assertThat(keptPositions).as("seed %d: a refused or dropped column is published", seed).doesNotContain(decision.position());
                }
            }
            boolean forbiddenPresent = headers.stream().anyMatch(h -> spec.stream()
                    .anyMatch(c -> c.key().equals(ColumnSpec.key(h)) && !allowed.contains(c.item())));
            boolean unknownPresent = headers.stream().anyMatch(h -> spec.stream().noneMatch(c -> c.key().equals(ColumnSpec.key(h))));
            boolean forbiddenItemHeader = headers.stream().anyMatch(h -> items.contains(ColumnSpec.key(h)) && !allowed.contains(ColumnSpec.key(h)));
            if (mode == ColumnMode.REFUSE && (forbiddenPresent || unknownPresent || forbiddenItemHeader)) {
                assertThat(plan.refused()).as("seed %d: refuse mode with a forbidden or unknown column", seed).isTrue();
            }
            if (plan.refused()) {
                assertThat(plan.decisions()).anyMatch(d -> d.outcome().refused());
            }
        }));
    }
}
