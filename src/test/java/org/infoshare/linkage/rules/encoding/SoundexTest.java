package org.infoshare.linkage.rules.encoding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SoundexTest {

    @Test
    void givesTheStandardCodes() {
        assertThat(Soundex.of("ROBERT")).isEqualTo("R163");
        assertThat(Soundex.of("RUPERT")).isEqualTo("R163");
        assertThat(Soundex.of("ASHCRAFT")).isEqualTo("A261");
        assertThat(Soundex.of("TYMCZAK")).isEqualTo("T522");
        assertThat(Soundex.of("PFISTER")).isEqualTo("P236");
        assertThat(Soundex.of("LEE")).isEqualTo("L000");
        assertThat(Soundex.of("SMITH")).isEqualTo(Soundex.of("SMYTHE"));
        assertThat(Soundex.of("")).isNull();
        assertThat(Soundex.of(null)).isNull();
    }
}
