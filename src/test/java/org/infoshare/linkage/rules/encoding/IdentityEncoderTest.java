package org.infoshare.linkage.rules.encoding;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityEncoderTest {

    static final LinkageSecret SECRET = LinkageSecret.of("a partnership's linkage secret, 32 bytes or more".getBytes());
    static final LinkageSecret OTHER = LinkageSecret.of("another partnership's secret, also long enough".getBytes());

    static IdentityEncoder encoder(LinkageSecret secret) {
        return new IdentityEncoder(secret, EncodingSchema.V1, Nicknames.standard());
    }

    static PersonIdentity person(String first, String last, LocalDate born) {
        return new PersonIdentity(first, last, born, "F", "12 High Street", "WS1 2AB", null, null);
    }

    static double dice(long[] a, long[] b) {
        int common = 0;
        int bits = 0;
        for (int i = 0; i < a.length; i++) {
            common += Long.bitCount(a[i] & b[i]);
            bits += Long.bitCount(a[i]) + Long.bitCount(b[i]);
        }
        return 2.0 * common / bits;
    }

    @Test
    void theSamePersonWrittenTwoWaysEncodesTheSame() {
        IdentityEncoder encoder = encoder(SECRET);
        EncodedIdentity a = encoder.encode(new PersonIdentity("Siân", "O'Neill", LocalDate.of(2011, 4, 17), "female",
                "12 High Street", "ws1 2ab", "00012345", "943 476 5919"));
        EncodedIdentity b = encoder(SECRET).encode(new PersonIdentity("SIAN", "ONEILL", LocalDate.of(2011, 4, 17), "F",
                "12 high st", "WS12AB", "12345", "9434765919"));
        assertThat(a).isEqualTo(b);
        assertThat(a.secretFingerprint()).isEqualTo(SECRET.fingerprint());
    }

    @Test
    void anotherSecretGivesUnrelatedEncodings() {
        PersonIdentity person = person("Olivia", "Smith", LocalDate.of(1990, 1, 2));
        EncodedIdentity mine = encoder(SECRET).encode(person);
        EncodedIdentity theirs = encoder(OTHER).encode(person);
        for (Pseudonym field : Pseudonym.values()) {
            if (mine.pseudonym(field) != 0) {
                assertThat(theirs.pseudonym(field)).as(field.name()).isNotEqualTo(mine.pseudonym(field));
            }
        }
        assertThat(dice(mine.filter(BloomField.LAST_NAME), theirs.filter(BloomField.LAST_NAME))).isLessThan(0.5);
    }

    @Test
    void missingValuesAreZeroAndNeverAPseudonymOfNothing() {
        EncodedIdentity empty = encoder(SECRET).encode(new PersonIdentity(null, " ", null, "unknown", null, "not a postcode", null, "123"));
        for (Pseudonym field : Pseudonym.values()) {
            assertThat(empty.pseudonym(field)).as(field.name()).isZero();
        }
        assertThat(empty.filters()).containsOnly(0L);
    }

    @Test
    void nicknamesAgreeOnTheVariantButNotOnTheFilter() {
        IdentityEncoder encoder = encoder(SECRET);
        EncodedIdentity bill = encoder.encode(person("Bill", "Smith", null));
        EncodedIdentity william = encoder.encode(person("William", "Smith", null));
        assertThat(bill.pseudonym(Pseudonym.FIRST_NAME_VARIANT)).isEqualTo(william.pseudonym(Pseudonym.FIRST_NAME_VARIANT));
        assertThat(bill.filter(BloomField.FIRST_NAME)).isNotEqualTo(william.filter(BloomField.FIRST_NAME));
    }

    @Test
    void aTransposedDateMeetsTheOtherRecordsDate() {
        IdentityEncoder encoder = encoder(SECRET);
        EncodedIdentity right = encoder.encode(person("Ann", "Lee", LocalDate.of(2001, 3, 7)));
        EncodedIdentity swapped = encoder.encode(person("Ann", "Lee", LocalDate.of(2001, 7, 3)));
        assertThat(swapped.pseudonym(Pseudonym.DATE_OF_BIRTH_TRANSPOSED)).isEqualTo(right.pseudonym(Pseudonym.DATE_OF_BIRTH));
        assertThat(right.pseudonym(Pseudonym.BIRTH_YEAR_MONTH)).isNotEqualTo(swapped.pseudonym(Pseudonym.BIRTH_YEAR_MONTH));
        assertThat(right.pseudonym(Pseudonym.BIRTH_YEAR_DAY)).isNotEqualTo(swapped.pseudonym(Pseudonym.BIRTH_YEAR_DAY));
        EncodedIdentity sameDayAndMonth = encoder.encode(person("Ann", "Lee", LocalDate.of(2001, 5, 5)));
        assertThat(sameDayAndMonth.pseudonym(Pseudonym.DATE_OF_BIRTH_TRANSPOSED)).isZero();
        EncodedIdentity late = encoder.encode(person("Ann", "Lee", LocalDate.of(2001, 3, 27)));
        assertThat(late.pseudonym(Pseudonym.DATE_OF_BIRTH_TRANSPOSED)).isZero();
    }

    @Test
    void namesWrittenTheWrongWayRoundShareTheirFilters() {
        IdentityEncoder encoder = encoder(SECRET);
        EncodedIdentity right = encoder.encode(person("Craig", "Miller", null));
        EncodedIdentity swapped = encoder.encode(person("Miller", "Craig", null));
        assertThat(swapped.filter(BloomField.FIRST_NAME)).isEqualTo(right.filter(BloomField.LAST_NAME));
        assertThat(swapped.pseudonym(Pseudonym.NAMES_AND_BIRTH_YEAR)).isEqualTo(right.pseudonym(Pseudonym.NAMES_AND_BIRTH_YEAR));
    }

    /**
     * The property that makes approximate matching work on filters: one typing error in a name keeps most of its
     * bigrams, so its Dice coefficient stays in the "similar" band or above; a different name stays below it.
     */
    @TestFactory
    Stream<DynamicTest> aTypoKeepsNamesSimilarWhileDifferentNamesStayApart() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        IdentityEncoder encoder = encoder(SECRET);
        String[] names = {"ASHWORTH", "WHITFIELD", "OKAFOR", "PATTERSON", "GALLAGHER", "CHOWDHURY", "FITZGERALD", "ROBINSON"};
        return IntStream.range(0, 200).mapToObj(n -> DynamicTest.dynamicTest("case " + n + " (seed " + seed + ")", () -> {
            String name = names[random.nextInt(names.length)];
            StringBuilder typo = new StringBuilder(name);
            int at = 1 + random.nextInt(name.length() - 2);
            typo.setCharAt(at, (char) ('A' + (name.charAt(at) - 'A' + 1 + random.nextInt(25)) % 26));
            String other = names[(java.util.Arrays.asList(names).indexOf(name) + 1 + random.nextInt(names.length - 1)) % names.length];
            long[] original = encoder.encode(person("A", name, null)).filter(BloomField.LAST_NAME);
            long[] mistyped = encoder.encode(person("A", typo.toString(), null)).filter(BloomField.LAST_NAME);
            long[] different = encoder.encode(person("A", other, null)).filter(BloomField.LAST_NAME);
            double similar = org.infoshare.linkage.rules.matching.ComparisonSettings.STANDARD.nameSimilar();
            assertThat(dice(original, mistyped)).as(name + " / " + typo).isGreaterThanOrEqualTo(similar);
            assertThat(dice(original, different)).as(name + " / " + other).isLessThan(similar);
        }));
    }
}
