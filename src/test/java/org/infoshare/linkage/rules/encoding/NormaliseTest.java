package org.infoshare.linkage.rules.encoding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NormaliseTest {

    @Test
    void namesAreLettersOnlyWhateverTheCaseAccentsOrPunctuation() {
        assertThat(Normalise.name("O'Neill-Brown")).isEqualTo("ONEILLBROWN");
        assertThat(Normalise.name("  zoë strauß ")).isEqualTo("ZOESTRAUSS");
        assertThat(Normalise.name("Siân")).isEqualTo("SIAN");
        assertThat(Normalise.name("--")).isNull();
        assertThat(Normalise.name(null)).isNull();
    }

    @Test
    void postcodesAreCompactedAndCheckedForShape() {
        assertThat(Normalise.postcode("sw1a 1aa")).isEqualTo("SW1A1AA");
        assertThat(Normalise.postcode("M1 1AE")).isEqualTo("M11AE");
        assertThat(Normalise.postcode("WS12 3AB")).isEqualTo("WS123AB");
        assertThat(Normalise.postcode("12345")).isNull();
        assertThat(Normalise.postcode("SW1A-1AA")).isNull();
        assertThat(Normalise.postcode("")).isNull();
        assertThat(Normalise.district("SW1A1AA")).isEqualTo("SW1A");
        assertThat(Normalise.district("M11AE")).isEqualTo("M1");
        assertThat(Normalise.district(null)).isNull();
    }

    @Test
    void addressLinesAbbreviateStreetWordsOneWay() {
        assertThat(Normalise.addressLine("Flat 2, 10 High Street")).isEqualTo("FLAT 2 10 HIGH ST");
        assertThat(Normalise.addressLine("10 high st.")).isEqualTo("10 HIGH ST");
        assertThat(Normalise.addressLine("Apartment 4, 7 Church Road")).isEqualTo("FLAT 4 7 CHURCH RD");
        assertThat(Normalise.addressLine(" , ")).isNull();
        assertThat(Normalise.propertyNumbers("FLAT 2 10 HIGH ST")).isEqualTo("2 10");
        assertThat(Normalise.propertyNumbers("ROSE COTTAGE HIGH ST")).isNull();
    }

    @Test
    void nhsNumbersMustPassTheirCheckDigit() {
        assertThat(Normalise.nhsNumber("943 476 5919")).isEqualTo("9434765919");
        assertThat(Normalise.nhsNumber("943-476-5919")).isEqualTo("9434765919");
        assertThat(Normalise.nhsNumber("9434765918")).isNull();
        assertThat(Normalise.nhsNumber("943476591")).isNull();
        assertThat(Normalise.nhsNumber("94347659A9")).isNull();
    }

    @Test
    void uprnsIgnoreLeadingZerosAndSexHasTwoValues() {
        assertThat(Normalise.uprn("000100023336956")).isNull();
        assertThat(Normalise.uprn("0100023336956")).isNull();
        assertThat(Normalise.uprn("100023336956")).isEqualTo("100023336956");
        assertThat(Normalise.uprn("00012345")).isEqualTo("12345");
        assertThat(Normalise.uprn("0")).isNull();
        assertThat(Normalise.sex("female")).isEqualTo("F");
        assertThat(Normalise.sex(" m ")).isEqualTo("M");
        assertThat(Normalise.sex("not stated")).isNull();
    }
}
