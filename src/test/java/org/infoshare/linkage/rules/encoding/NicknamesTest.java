package org.infoshare.linkage.rules.encoding;

import java.io.BufferedReader;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NicknamesTest {

    @Test
    void mapsVariantsToTheirCanonicalName() {
        Nicknames nicknames = Nicknames.standard();
        assertThat(nicknames.canonical("BILL")).isEqualTo("WILLIAM");
        assertThat(nicknames.canonical("LIAM")).isEqualTo("WILLIAM");
        assertThat(nicknames.canonical("KATE")).isEqualTo("CATHERINE");
        assertThat(nicknames.canonical("WILLIAM")).isEqualTo("WILLIAM");
        assertThat(nicknames.canonical("ZEBEDEE")).isEqualTo("ZEBEDEE");
        assertThat(nicknames.canonical(null)).isNull();
        assertThat(nicknames.size()).isGreaterThan(150);
    }

    @Test
    void aVariantListedTwiceKeepsItsFirstName() throws Exception {
        Nicknames nicknames = Nicknames.parse(new BufferedReader(new StringReader("# comment\nCHARLES CHARLIE\n\nCHARLOTTE CHARLIE LOTTIE\n")));
        assertThat(nicknames.canonical("CHARLIE")).isEqualTo("CHARLES");
        assertThat(nicknames.canonical("LOTTIE")).isEqualTo("CHARLOTTE");
    }
}
