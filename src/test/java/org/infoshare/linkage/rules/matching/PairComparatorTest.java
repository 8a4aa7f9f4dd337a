package org.infoshare.linkage.rules.matching;

import java.time.LocalDate;
import java.util.List;

import org.infoshare.linkage.rules.encoding.PersonIdentity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PairComparatorTest {

    static final LocalDate BORN = LocalDate.of(1988, 4, 7);
    static final PersonIdentity BASE = new PersonIdentity("William", "Ashworth", BORN, "M", "12 High Street", "WS1 2AB", "1001", "9434765919");

    static PairComparator.Detail compare(PersonIdentity a, PersonIdentity b) {
        return new PairComparator(Tables.of(List.of(a, b)), ComparisonSettings.STANDARD).detail(0, 1);
    }

    static Level level(PersonIdentity other, Field field) {
        return Patterns.levelOf(compare(BASE, other).pattern(), field);
    }

    static PersonIdentity with(String first, String last) {
        return new PersonIdentity(first, last, BASE.dateOfBirth(), BASE.sex(), BASE.addressLine(), BASE.postcode(), BASE.uprn(), BASE.nhsNumber());
    }

    static PersonIdentity born(LocalDate date) {
        return new PersonIdentity(BASE.firstName(), BASE.lastName(), date, BASE.sex(), BASE.addressLine(), BASE.postcode(), BASE.uprn(), BASE.nhsNumber());
    }

    static PersonIdentity at(String line, String postcode, String uprn) {
        return new PersonIdentity(BASE.firstName(), BASE.lastName(), BASE.dateOfBirth(), BASE.sex(), line, postcode, uprn, BASE.nhsNumber());
    }

    @Test
    void namesCompareExactlyByVariantCloselySimilarlyOrNot() {
        assertThat(level(with("WILLIAM", "ASHWORTH"), Field.FIRST_NAME)).isEqualTo(Level.EXACT);
        assertThat(level(with("Bill", "Ashworth"), Field.FIRST_NAME)).isEqualTo(Level.VARIANT);
        assertThat(level(with("Willaim", "Ashworth"), Field.FIRST_NAME)).isIn(Level.CLOSE, Level.SIMILAR);
        assertThat(level(with("Wiliam", "Ashworth"), Field.FIRST_NAME)).isEqualTo(Level.CLOSE);
        assertThat(level(with("George", "Ashworth"), Field.FIRST_NAME)).isEqualTo(Level.DIFFERENT);
        assertThat(level(with(null, "Ashworth"), Field.FIRST_NAME)).isEqualTo(Level.MISSING);
        assertThat(level(with("William", "Ashwoorth"), Field.LAST_NAME)).isEqualTo(Level.CLOSE);
        assertThat(level(with("William", "Ashford"), Field.LAST_NAME)).isIn(Level.SIMILAR, Level.DIFFERENT);
        assertThat(level(with("William", "Okafor"), Field.LAST_NAME)).isEqualTo(Level.DIFFERENT);
    }

    @Test
    void namesWrittenTheWrongWayRoundAreComparedCrossed() {
        PairComparator.Detail swapped = compare(BASE, with("Ashworth", "William"));
        assertThat(swapped.namesSwapped()).isTrue();
        assertThat(Patterns.levelOf(swapped.pattern(), Field.FIRST_NAME)).isEqualTo(Level.EXACT);
        assertThat(Patterns.levelOf(swapped.pattern(), Field.LAST_NAME)).isEqualTo(Level.EXACT);
        assertThat(compare(BASE, with("William", "Ashworth")).namesSwapped()).isFalse();
    }

    @Test
    void datesOfBirthCompareByTheirParts() {
        assertThat(level(born(BORN), Field.DATE_OF_BIRTH)).isEqualTo(Level.EXACT);
        assertThat(level(born(LocalDate.of(1988, 7, 4)), Field.DATE_OF_BIRTH)).isEqualTo(Level.TRANSPOSED);
        assertThat(level(born(LocalDate.of(1989, 4, 7)), Field.DATE_OF_BIRTH)).isEqualTo(Level.PARTIAL);
        assertThat(level(born(LocalDate.of(1988, 4, 17)), Field.DATE_OF_BIRTH)).isEqualTo(Level.PARTIAL);
        assertThat(level(born(LocalDate.of(1990, 9, 20)), Field.DATE_OF_BIRTH)).isEqualTo(Level.DIFFERENT);
        assertThat(level(born(null), Field.DATE_OF_BIRTH)).isEqualTo(Level.MISSING);
    }

    @Test
    void addressesCompareByPropertyPostcodeSimilarityAndDistrict() {
        assertThat(level(at("12 High St", "WS1 2AB", null), Field.ADDRESS)).isEqualTo(Level.SAME_PROPERTY);
        assertThat(level(at("Rose Cottage", "WS9 9ZZ", "1001"), Field.ADDRESS)).isEqualTo(Level.SAME_PROPERTY);
        assertThat(level(at("12 High Street", "WS1 2AE", null), Field.ADDRESS)).isEqualTo(Level.SAME_PROPERTY);
        assertThat(level(at("14 High Street", "WS1 2AB", null), Field.ADDRESS)).isEqualTo(Level.SAME_POSTCODE);
        assertThat(level(at("12 High Street", "WS7 5QQ", null), Field.ADDRESS)).isEqualTo(Level.SIMILAR);
        assertThat(level(at("3 Mill Lane", "WS1 8ZZ", null), Field.ADDRESS)).isEqualTo(Level.SAME_DISTRICT);
        assertThat(level(at("3 Mill Lane", "M1 1AE", null), Field.ADDRESS)).isEqualTo(Level.DIFFERENT);
        assertThat(level(at(null, null, null), Field.ADDRESS)).isEqualTo(Level.MISSING);
    }

    @Test
    void exactFieldsAgreeDisagreeOrAreMissing() {
        PersonIdentity otherNhs = new PersonIdentity("William", "Ashworth", BORN, "F", "12 High Street", "WS1 2AB", "1001", "4010232137");
        assertThat(level(otherNhs, Field.NHS_NUMBER)).isEqualTo(Level.DIFFERENT);
        assertThat(level(otherNhs, Field.SEX)).isEqualTo(Level.DIFFERENT);
        assertThat(level(BASE, Field.NHS_NUMBER)).isEqualTo(Level.EXACT);
        PersonIdentity none = new PersonIdentity("William", "Ashworth", BORN, null, "12 High Street", "WS1 2AB", null, null);
        assertThat(level(none, Field.NHS_NUMBER)).isEqualTo(Level.MISSING);
        assertThat(level(none, Field.SEX)).isEqualTo(Level.MISSING);
    }

    @Test
    void aComparisonIsTheSameEitherWayRound() {
        PersonIdentity other = new PersonIdentity("Bill", "Ashwort", LocalDate.of(1988, 7, 4), null, "12 High St", "WS1 2AE", null, null);
        PairComparator comparator = new PairComparator(Tables.of(List.of(BASE, other)), ComparisonSettings.STANDARD);
        assertThat(comparator.pattern(0, 1)).isEqualTo(comparator.pattern(1, 0));
    }
}
