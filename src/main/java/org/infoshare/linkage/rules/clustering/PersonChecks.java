package org.infoshare.linkage.rules.clustering;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.infoshare.linkage.rules.encoding.Pseudonym;
import org.infoshare.linkage.rules.matching.MatchModel;
import org.infoshare.linkage.rules.matching.PairComparator;

/**
 * Looks inside each person of more than two records for signs of a wrong merge: different NHS numbers, or two
 * records that compared directly would not even reach review (joined only through a chain). People with more
 * records than {@code manyRecords} are flagged without comparing every pair inside them.
 */
public final class PersonChecks {

    private PersonChecks() {
    }

    public static Map<Integer, Set<PersonFlag>> check(Groups people, PairComparator comparator, MatchModel model,
                                                     double reviewWeight, int manyRecords) {
        Map<Integer, Set<PersonFlag>> flags = new HashMap<>();
        for (int person = 0; person < people.count(); person++) {
            int size = people.size(person);
            if (size < 2) {
                continue;
            }
            Set<PersonFlag> found = EnumSet.noneOf(PersonFlag.class);
            int[] records = people.members(person);
            long nhs = 0;
            for (int record : records) {
                long value = comparator.table().pseudonym(record, Pseudonym.NHS_NUMBER);
                if (value != 0) {
                    if (nhs != 0 && value != nhs) {
                        found.add(PersonFlag.CONFLICTING_NHS_NUMBERS);
                    }
                    nhs = value;
                }
            }
            if (size > manyRecords) {
                found.add(PersonFlag.MANY_RECORDS);
            } else if (size > 2) {
                outer:
                for (int i = 0; i < records.length; i++) {
                    for (int j = i + 1; j < records.length; j++) {
                        if (model.weight(comparator.pattern(records[i], records[j])) < reviewWeight) {
                            found.add(PersonFlag.WEAK_PAIR);
                            break outer;
                        }
                    }
                }
            }
            if (!found.isEmpty()) {
                flags.put(person, found);
            }
        }
        return flags;
    }
}
