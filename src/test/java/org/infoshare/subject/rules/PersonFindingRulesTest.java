package org.infoshare.subject.rules;

import java.time.LocalDate;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonFindingRulesTest {

    private static final LocalDate BORN = LocalDate.of(2017, 10, 26);

    @Test
    void namesAreComparedWithoutCaseAccentsOrPunctuation() {
        assertThat(NameParts.of("  Zoë O'Brien-SMITH ")).containsExactly("zoe", "obrien", "smith");
        assertThat(NameParts.of("")).isEmpty();
        assertThat(NameParts.of(null)).isEmpty();
        assertThat(NameParts.of("a b c d e f g h")).hasSize(NameParts.MAX_PARTS);
    }

    @Test
    void namesSpeltAsHeardSoundAlike() {
        assertThat(SoundsLike.alike("jon", "john")).isTrue();
        assertThat(SoundsLike.alike("smyth", "smith")).isTrue();
        assertThat(SoundsLike.alike("kathryn", "catherine")).isTrue();
        assertThat(SoundsLike.alike("jamie", "taylor")).isFalse();
        assertThat(SoundsLike.codes("j")).containsExactly("initial:j");
        assertThat(SoundsLike.codes("")).isEmpty();
    }

    @Test
    void aMisspeltNameFindsThePersonThroughTheSameKeys() {
        Set<SearchKeys.Key> indexed = SearchKeys.of("John Smith", BORN, null);
        SearchKeys.Query query = SearchKeys.query(SearchTerms.read("Jon Smyth"));
        assertThat(query.terms()).isEqualTo(2);
        for (int term = 0; term < query.terms(); term++) {
            int t = term;
            assertThat(query.wanted().stream().filter(w -> w.term() == t).anyMatch(w -> indexed.contains(w.key())))
                    .as("term %d matches", term).isTrue();
        }
        SearchKeys.Query other = SearchKeys.query(SearchTerms.read("Jon Brown"));
        assertThat(other.wanted().stream().filter(w -> w.term() == 1).noneMatch(w -> indexed.contains(w.key()))).isTrue();
    }

    @Test
    void theSearchBoxIsReadAsItsTerms() {
        SearchTerms terms = SearchTerms.read("Jamie Green 26/10/2017");
        assertThat(terms.nameParts()).containsExactly("jamie", "green");
        assertThat(terms.bornOn()).isEqualTo(BORN);
        assertThat(SearchTerms.read("26 October 2017").bornOn()).isEqualTo(BORN);
        assertThat(SearchTerms.read("26 oct 2017 green").bornOn()).isEqualTo(BORN);
        assertThat(SearchTerms.read("2017-10-26").bornOn()).isEqualTo(BORN);
        assertThat(SearchTerms.read("31/02/2017").bornOn()).as("no such day").isNull();
        SearchTerms nhs = SearchTerms.read("943 476 5919");
        assertThat(nhs.nhsNumber()).isEqualTo("9434765919");
        assertThat(SearchKeys.query(nhs).terms()).isEqualTo(1);
        SearchTerms reference = SearchTerms.read("CSC-104233");
        assertThat(reference.nameParts()).isEmpty();
        assertThat(reference.reference()).isEqualTo("CSC-104233");
        assertThat(SearchTerms.read("   ").isEmpty()).isTrue();
    }

    @Test
    void nhsNumbersAreCheckedByTheirCheckDigit() {
        assertThat(NhsNumber.valid("943 476 5919")).isTrue();
        assertThat(NhsNumber.valid("4857773457")).isTrue();
        assertThat(NhsNumber.check("4857773456")).contains(NhsNumber.Problem.CHECK_DIGIT);
        assertThat(NhsNumber.check("12345")).contains(NhsNumber.Problem.NOT_TEN_DIGITS);
        assertThat(NhsNumber.check("94347659l9")).contains(NhsNumber.Problem.NOT_TEN_DIGITS);
    }

    /** Seeded (ADR 0006): a valid number made up here stays valid, and changing any one digit makes it invalid. */
    @RepeatedTest(50)
    void changingOneDigitOfAnNhsNumberIsCaught(org.junit.jupiter.api.RepetitionInfo repetition) {
        Random random = new Random(1300L + repetition.getCurrentRepetition());
        String number = validNumber(random);
        assertThat(NhsNumber.valid(number)).as(number).isTrue();
        int position = random.nextInt(10);
        char changed = (char) ('0' + (number.charAt(position) - '0' + 1 + random.nextInt(9)) % 10);
        String typo = number.substring(0, position) + changed + number.substring(position + 1);
        assertThat(NhsNumber.valid(typo)).as("%s changed to %s", number, typo).isFalse();
    }

    private static String validNumber(Random random) {
        while (true) {
            StringBuilder digits = new StringBuilder();
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int d = random.nextInt(10);
                digits.append(d);
                sum += d * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return digits.append(check).toString();
            }
        }
    }

    @Test
    void aLikelySamePersonIsNamedWithItsReason() {
        var recorded = new LikelySamePerson.Details("John Smith", BORN, "9434765919");
        assertThat(LikelySamePerson.judge(new LikelySamePerson.Details("Someone Else", null, "943 476 5919"), recorded))
                .contains(LikelySamePerson.Reason.SAME_NHS_NUMBER);
        assertThat(LikelySamePerson.judge(new LikelySamePerson.Details("smith john", BORN, null), recorded))
                .contains(LikelySamePerson.Reason.SAME_NAME_AND_DATE_OF_BIRTH);
        assertThat(LikelySamePerson.judge(new LikelySamePerson.Details("Jon Smyth", BORN, null), recorded))
                .contains(LikelySamePerson.Reason.SIMILAR_NAME_AND_DATE_OF_BIRTH);
        assertThat(LikelySamePerson.judge(new LikelySamePerson.Details("J Smith", BORN, null), recorded))
                .contains(LikelySamePerson.Reason.SIMILAR_NAME_AND_DATE_OF_BIRTH);
        assertThat(LikelySamePerson.judge(new LikelySamePerson.Details("Jon Smyth", BORN.plusDays(1), null), recorded)).isEmpty();
        assertThat(LikelySamePerson.judge(new LikelySamePerson.Details("Taylor Brooks", BORN, null), recorded)).isEmpty();
        assertThat(LikelySamePerson.judge(new LikelySamePerson.Details("", BORN, null), recorded)).isEmpty();
    }
}
