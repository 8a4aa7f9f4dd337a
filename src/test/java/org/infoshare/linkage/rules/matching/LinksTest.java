package org.infoshare.linkage.rules.matching;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinksTest {

    @Test
    void strongestFirstOrdersByWeightWithNegativesLastAndTiesRepeatably() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        Links links = new Links(4);
        for (int i = 0; i < 500; i++) {
            links.add(random.nextInt(100), 100 + random.nextInt(100), 0, random.nextInt(40) - 20 + (random.nextBoolean() ? 0.5 : 0));
        }
        int[] order = links.strongestFirst();
        assertThat(order).hasSize(500);
        for (int i = 1; i < order.length; i++) {
            double before = links.weight(order[i - 1]);
            double after = links.weight(order[i]);
            assertThat(before).as("seed " + seed).isGreaterThanOrEqualTo(after);
            if (before == after) {
                assertThat(order[i - 1]).isLessThan(order[i]);
            }
        }
    }

    @Test
    void keepsPairsLowerRecordFirstAndJoinsParts() {
        Links a = new Links();
        a.add(7, 3, 11, 4.5);
        Links b = new Links();
        b.add(1, 2, 12, -1);
        Links joined = Links.join(List.of(a, b));
        assertThat(joined.size()).isEqualTo(2);
        assertThat(joined.first(0)).isEqualTo(3);
        assertThat(joined.second(0)).isEqualTo(7);
        assertThat(joined.pattern(1)).isEqualTo(12);
    }

    @Test
    void twinsAreHeldForReviewWhateverTheirWeight() {
        int[] levels = new int[Field.values().length];
        levels[Field.FIRST_NAME.ordinal()] = Field.FIRST_NAME.indexOf(Level.DIFFERENT);
        levels[Field.LAST_NAME.ordinal()] = Field.LAST_NAME.indexOf(Level.EXACT);
        levels[Field.DATE_OF_BIRTH.ordinal()] = Field.DATE_OF_BIRTH.indexOf(Level.EXACT);
        levels[Field.SEX.ordinal()] = Field.SEX.indexOf(Level.EXACT);
        levels[Field.ADDRESS.ordinal()] = Field.ADDRESS.indexOf(Level.SAME_PROPERTY);
        levels[Field.NHS_NUMBER.ordinal()] = Field.NHS_NUMBER.indexOf(Level.MISSING);
        assertThat(Hold.of(Patterns.of(levels))).isEqualTo(Hold.POSSIBLE_TWINS);
        levels[Field.NHS_NUMBER.ordinal()] = Field.NHS_NUMBER.indexOf(Level.EXACT);
        assertThat(Hold.of(Patterns.of(levels))).isNull();
        levels[Field.NHS_NUMBER.ordinal()] = Field.NHS_NUMBER.indexOf(Level.MISSING);
        levels[Field.FIRST_NAME.ordinal()] = Field.FIRST_NAME.indexOf(Level.CLOSE);
        assertThat(Hold.of(Patterns.of(levels))).isNull();
        levels[Field.FIRST_NAME.ordinal()] = Field.FIRST_NAME.indexOf(Level.DIFFERENT);
        levels[Field.ADDRESS.ordinal()] = Field.ADDRESS.indexOf(Level.DIFFERENT);
        assertThat(Hold.of(Patterns.of(levels))).isNull();
    }
}
