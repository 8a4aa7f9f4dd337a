package org.infoshare.linkage.rules.matching;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PatternsTest {

    @Test
    void everyCombinationOfLevelsHasItsOwnPatternAndReadsBack() {
        Field[] fields = Field.values();
        int expected = 1;
        for (Field field : fields) {
            expected *= field.levelCount() + 1;
        }
        assertThat(Patterns.COUNT).isEqualTo(expected);
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int n = 0; n < 2000; n++) {
            int[] levels = new int[fields.length];
            for (int f = 0; f < fields.length; f++) {
                levels[f] = random.nextInt(fields[f].levelCount() + 1);
            }
            int pattern = Patterns.of(levels);
            assertThat(pattern).as("seed " + seed).isBetween(0, Patterns.COUNT - 1);
            for (int f = 0; f < fields.length; f++) {
                assertThat(Patterns.level(pattern, f)).as("seed " + seed).isEqualTo(levels[f]);
                assertThat(Patterns.missing(pattern, f)).isEqualTo(levels[f] == fields[f].levelCount());
            }
        }
    }

    @Test
    void levelsAreNamedInEachFieldsOwnOrder() {
        assertThat(Field.FIRST_NAME.indexOf(Level.VARIANT)).isEqualTo(1);
        assertThat(Field.ADDRESS.indexOf(Level.MISSING)).isEqualTo(Field.ADDRESS.levelCount());
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Field.SEX.indexOf(Level.VARIANT)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
