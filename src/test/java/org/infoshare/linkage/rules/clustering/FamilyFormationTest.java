package org.infoshare.linkage.rules.clustering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.infoshare.linkage.rules.encoding.EncodingSchema;
import org.infoshare.linkage.rules.encoding.IdentityEncoder;
import org.infoshare.linkage.rules.encoding.LinkageSecret;
import org.infoshare.linkage.rules.encoding.Nicknames;
import org.infoshare.linkage.rules.encoding.PersonIdentity;
import org.infoshare.linkage.rules.matching.RecordTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FamilyFormationTest {

    static final LinkageSecret SECRET = LinkageSecret.of("the family tests' linkage secret, 32 bytes".getBytes());

    /** One record per person: the address given, and the households facts set by each test. */
    static RecordTable table(List<String[]> addresses) {
        IdentityEncoder encoder = new IdentityEncoder(SECRET, EncodingSchema.V1, Nicknames.standard());
        RecordTable.Builder builder = RecordTable.builder(EncodingSchema.V1, SECRET.fingerprint(), addresses.size());
        for (String[] address : addresses) {
            builder.add(0, encoder.encode(new PersonIdentity("A", "B", null, null, address[0], address[1], null, null)));
        }
        return builder.build();
    }

    static Groups onePersonPerRecord(int n) {
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i;
        }
        return new Groups(labels);
    }

    @Test
    void peopleAtOnePropertyOrInOneHouseholdOrRelatedAreOneFamily() {
        List<String[]> addresses = List.of(
                new String[] {"12 High Street", "WS1 2AB"}, new String[] {"12 High St", "WS1 2AB"},
                new String[] {"3 Mill Lane", "WS2 1CD"}, new String[] {null, null},
                new String[] {"9 Park Road", "WS3 3EF"}, new String[] {"40 Church Road", "WS4 4GH"});
        HouseholdFacts facts = new HouseholdFacts(6);
        int day = (int) LocalDate.of(2026, 10, 1).toEpochDay();
        for (int r = 0; r < 6; r++) {
            facts.set(r, 0, 100 + r, 0, day);
        }
        facts.set(2, 77, 102, 0, day);
        facts.set(3, 77, 103, 0, day);
        facts.set(5, 0, 105, 104, day);
        FamilyFormation.Result result = FamilyFormation.form(onePersonPerRecord(6), table(addresses), facts, 12);
        Groups families = result.families();
        assertThat(families.groupOf(0)).isEqualTo(families.groupOf(1));
        assertThat(families.groupOf(2)).isEqualTo(families.groupOf(3));
        assertThat(families.groupOf(4)).isEqualTo(families.groupOf(5));
        assertThat(families.count()).isEqualTo(3);
        assertThat(result.edges()).extracting(FamilyFormation.Edge::reason)
                .containsExactlyInAnyOrder(FamilyLink.SAME_ADDRESS, FamilyLink.HOUSEHOLD_REFERENCE, FamilyLink.RELATIONSHIP);
    }

    @Test
    void aPersonsCurrentAddressIsTheirMostRecentRecordsAndACommunalOneJoinsNobody() {
        List<String[]> addresses = new ArrayList<>();
        addresses.add(new String[] {"1 Old Road", "WS1 1AA"});
        addresses.add(new String[] {"5 New Road", "WS5 5BB"});
        addresses.add(new String[] {"1 Old Road", "WS1 1AA"});
        for (int i = 0; i < 4; i++) {
            addresses.add(new String[] {"1 Hostel Way", "WS9 9ZZ"});
        }
        HouseholdFacts facts = new HouseholdFacts(addresses.size());
        for (int r = 0; r < addresses.size(); r++) {
            facts.set(r, 0, 0, 0, 20_000);
        }
        facts.set(0, 0, 0, 0, 19_000);
        // Records 0 and 1 are one person who moved; record 2 is someone else now at the old address.
        Groups people = new Groups(new int[] {0, 0, 1, 2, 3, 4, 5});
        FamilyFormation.Result result = FamilyFormation.form(people, table(addresses), facts, 3);
        assertThat(result.families().groupOf(0)).isNotEqualTo(result.families().groupOf(1));
        assertThat(result.families().count()).isEqualTo(6);
        assertThat(result.communalAddresses()).isEqualTo(1);
    }
}
