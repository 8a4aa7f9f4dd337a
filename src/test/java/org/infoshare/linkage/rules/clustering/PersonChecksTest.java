package org.infoshare.linkage.rules.clustering;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.infoshare.linkage.rules.encoding.EncodingSchema;
import org.infoshare.linkage.rules.encoding.IdentityEncoder;
import org.infoshare.linkage.rules.encoding.Nicknames;
import org.infoshare.linkage.rules.encoding.PersonIdentity;
import org.infoshare.linkage.rules.matching.ComparisonSettings;
import org.infoshare.linkage.rules.matching.MatchModel;
import org.infoshare.linkage.rules.matching.PairComparator;
import org.infoshare.linkage.rules.matching.RecordTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonChecksTest {

    static MatchModel model() {
        double[][] m = {{0.9, 0.03, 0.03, 0.02, 0.02}, {0.9, 0.04, 0.03, 0.03}, {0.9, 0.02, 0.04, 0.04}, {0.98, 0.02},
                {0.8, 0.05, 0.05, 0.02, 0.08}, {0.97, 0.03}};
        double[][] u = {{0.02, 0.005, 0.01, 0.03, 0.935}, {0.01, 0.005, 0.02, 0.965}, {0.001, 0.001, 0.05, 0.948}, {0.5, 0.5},
                {0.001, 0.002, 0.01, 0.1, 0.887}, {0.0001, 0.9999}};
        return new MatchModel(m, u, 1e-3);
    }

    @Test
    void flagsConflictingNhsNumbersAndChainsOfWeakPairs() {
        IdentityEncoder encoder = new IdentityEncoder(FamilyFormationTest.SECRET, EncodingSchema.V1, Nicknames.standard());
        LocalDate born = LocalDate.of(1990, 1, 2);
        List<PersonIdentity> people = List.of(
                new PersonIdentity("Ann", "Lee", born, "F", "1 High Street", "WS1 1AA", null, "9434765919"),
                new PersonIdentity("Ann", "Lee", born, "F", "1 High Street", "WS1 1AA", null, "4010232137"),
                new PersonIdentity("Ann", "Lee", born, "F", "1 High Street", "WS1 1AA", null, null),
                new PersonIdentity("Ann", "Lee", born, "F", "1 High Street", "WS1 1AA", null, null),
                new PersonIdentity("Zed", "Okafor", LocalDate.of(1950, 6, 6), "M", "9 Far Road", "M1 1AE", null, null));
        RecordTable.Builder builder = RecordTable.builder(EncodingSchema.V1, FamilyFormationTest.SECRET.fingerprint(), 5);
        people.forEach(p -> builder.add(0, encoder.encode(p)));
        PairComparator comparator = new PairComparator(builder.build(), ComparisonSettings.STANDARD);
        Groups groups = new Groups(new int[] {0, 0, 1, 1, 1});
        Map<Integer, Set<PersonFlag>> flags = PersonChecks.check(groups, comparator, model(), 0, 12);
        assertThat(flags.get(0)).containsExactly(PersonFlag.CONFLICTING_NHS_NUMBERS);
        assertThat(flags.get(1)).containsExactly(PersonFlag.WEAK_PAIR);
        assertThat(PersonChecks.check(groups, comparator, model(), 0, 2).get(1)).containsExactly(PersonFlag.MANY_RECORDS);
    }
}
