package org.infoshare.linkage.rules.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.infoshare.linkage.rules.encoding.PersonIdentity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingTest {

    @Test
    void tooFewPairsToLearnFromKeepTheStandardValuesAndSaySo() {
        List<PersonIdentity> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            people.add(new PersonIdentity("Ann", "Lee" + (char) ('a' + i), LocalDate.of(2000, 1, 1 + i), "F", null, null, null, null));
        }
        PairComparator comparator = new PairComparator(Tables.of(people), ComparisonSettings.STANDARD);
        Training.Trained trained = Training.train(comparator, LinkageSettings.STANDARD.withThresholds(6, 2), 1);
        assertThat(trained.report().standardValuesUsed()).isTrue();
        assertThat(trained.model().m(Field.LAST_NAME, Level.EXACT)).isEqualTo(Training.startingM()[Field.LAST_NAME.ordinal()][0]);
        assertThat(trained.model().prior()).isBetween(0.0, 0.5);
    }

    @Test
    void uFromRandomPairsIsHowOftenALevelHappensByChance() {
        List<PersonIdentity> people = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            people.add(new PersonIdentity("Ann", "Lee", LocalDate.of(2000, 1, 1), i % 2 == 0 ? "F" : "M", null, null, null, null));
        }
        double[][] u = RandomPairs.levelFrequencies(new PairComparator(Tables.of(people), ComparisonSettings.STANDARD), 20_000, 7);
        assertThat(u[Field.DATE_OF_BIRTH.ordinal()][0]).isGreaterThan(0.99);
        assertThat(u[Field.SEX.ordinal()][0]).isBetween(0.45, 0.55);
        assertThat(java.util.Arrays.stream(u[Field.NHS_NUMBER.ordinal()]).allMatch(p -> p > 0)).isTrue();
    }

    @Test
    void settingsRefuseWhatCannotWork() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LinkageSettings.STANDARD.withThresholds(2, 6))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LinkageSettings.STANDARD.withBlocking(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LinkageSettings.STANDARD.withBlocking(List.of(BlockingRule.FULL_NAME)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
