package org.infoshare.linkage.rules.encoding;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

class EncodedTextTest {

    /** Whatever is present or missing, the text form reads back to the same encoding. */
    @TestFactory
    Stream<DynamicTest> writingThenReadingGivesTheSameEncoding() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        IdentityEncoder encoder = IdentityEncoderTest.encoder(IdentityEncoderTest.SECRET);
        return IntStream.range(0, 500).mapToObj(n -> DynamicTest.dynamicTest("case " + n + " (seed " + seed + ")", () -> {
            EncodedIdentity identity = encoder.encode(Identities.random(random));
            String text = EncodedText.write(identity);
            assertThat(text).startsWith("LK1." + IdentityEncoderTest.SECRET.fingerprint() + ".").hasSizeLessThan(400);
            assertThat(EncodedText.read(text).value()).contains(identity);
        }));
    }

    @Test
    void refusesTextThatIsNotAnEncodingNamingWhy() {
        String good = EncodedText.write(IdentityEncoderTest.encoder(IdentityEncoderTest.SECRET)
                .encode(IdentityEncoderTest.person("Ann", "Lee", null)));
        assertThat(EncodedText.read(null).problem()).isEqualTo(EncodedText.Problem.FORMAT);
        assertThat(EncodedText.read("Ann Lee").problem()).isEqualTo(EncodedText.Problem.FORMAT);
        assertThat(EncodedText.read("LK9" + good.substring(3)).problem()).isEqualTo(EncodedText.Problem.VERSION);
        assertThat(EncodedText.read(good.substring(0, good.length() - 4)).problem()).isEqualTo(EncodedText.Problem.LENGTH);
        assertThat(EncodedText.read(good + "!!").problem()).isEqualTo(EncodedText.Problem.FORMAT);
        assertThat(EncodedText.read(good.replace(".", ",")).problem()).isEqualTo(EncodedText.Problem.FORMAT);
        assertThat(EncodedText.read(good).problem()).isNull();
    }
}
