package org.infoshare.delivery.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTest {

    static final String WITHHELD = "[identity withheld]";

    static String visible(Redaction redaction, String text) {
        return redaction.apply(text).stream().filter(s -> !s.withheld()).map(Redaction.Segment::text).collect(Collectors.joining());
    }

    @Test
    void withholdsAnIdentityHoweverItIsWritten() {
        Redaction redaction = Redaction.of(List.of("Jane Smith", "07700 900123"));
        assertThat(redaction.plain("The referral came from Jane Smith, a neighbour.", WITHHELD))
                .isEqualTo("The referral came from [identity withheld], a neighbour.");
        assertThat(redaction.plain("JANE-SMITH's car was outside", WITHHELD)).isEqualTo("[identity withheld]'s car was outside");
        assertThat(redaction.plain("Call j a n e  s m i t h on 07700900123", WITHHELD))
                .isEqualTo("Call [identity withheld] on [identity withheld]");
        assertThat(redaction.plain("email: jane.smith@example.org", WITHHELD)).isEqualTo("email: [identity withheld]@example.org");
        assertThat(redaction.plain("Nothing to hide here", WITHHELD)).isEqualTo("Nothing to hide here");
    }

    @Test
    void ignoresAccentsAndCaseFolding() {
        Redaction redaction = Redaction.of(List.of("Zoë Strauß"));
        assertThat(redaction.plain("Seen with zoe strauss yesterday", WITHHELD)).isEqualTo("Seen with [identity withheld] yesterday");
        assertThat(redaction.plain("ZOË STRAUSS", WITHHELD)).isEqualTo("[identity withheld]");
    }

    @Test
    void withholdingOneIdentityNeverJoinsTheTextAroundItIntoAnother() {
        // Removing "smith" would leave "ja" + "ne": "jane", itself protected.
        Redaction redaction = Redaction.of(List.of("Jane", "Smith"));
        assertThat(visible(redaction, "JaSMITHne was there").toLowerCase(Locale.ROOT)).doesNotContain("jane");
    }

    @Test
    void adjacentWithheldRunsBecomeOnePlaceholder() {
        Redaction redaction = Redaction.of(List.of("Jane", "Smith"));
        assertThat(redaction.plain("Jane Smith said", WITHHELD)).isEqualTo("[identity withheld] said");
    }

    @Test
    void identitiesWithTooFewLettersCannotBeProtectedReliably() {
        assertThat(Redaction.usable("J")).isFalse();
        assertThat(Redaction.usable("--")).isFalse();
        assertThat(Redaction.usable("Jo")).isTrue();
        assertThat(Redaction.of(List.of("", " ", "!")).isEmpty()).isTrue();
    }

    /**
     * The property: whatever the text and wherever identities appear in it (any case, with punctuation and
     * spaces between their letters, possessives, inside other words, run together with other identities), no
     * protected identity survives in what the recipient sees.
     */
    @TestFactory
    Stream<DynamicTest> noProtectedIdentityEverGetsThrough() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String[] names = {"Jane Smith", "Smith", "Aisha Khan", "Ann", "Mr O'Neill", "Zoë", "Kofi", "07700 900123", "Flat 4",
                "Dean", "Anna Dean", "Li"};
        String filler = "the and referral neighbour said school colleague deanery annual Smithfield 4 flat, . ' - ( ) é ";
        return IntStream.range(0, 1000).mapToObj(n -> DynamicTest.dynamicTest("case " + n + " (seed " + seed + ")", () -> {
            List<String> identities = new ArrayList<>();
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                identities.add(names[random.nextInt(names.length)]);
            }
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                if (random.nextBoolean()) {
                    text.append(disguise(identities.get(random.nextInt(identities.size())), random));
                } else {
                    String[] words = filler.split(" ");
                    text.append(words[random.nextInt(words.length)]);
                }
                int glue = random.nextInt(4);
                text.append(glue == 0 ? "" : glue == 1 ? " " : glue == 2 ? "'s " : ", ");
            }
            Redaction redaction = Redaction.of(identities);
            String seen = Redaction.normalise(visible(redaction, text.toString()));
            for (String identity : identities) {
                assertThat(seen).as("seed %d: '%s' in \"%s\"", seed, identity, text).doesNotContain(Redaction.normalise(identity));
            }
        }));
    }

    /** An identity as someone might write it: any case, letters spaced or punctuated. */
    static String disguise(String identity, Random random) {
        StringBuilder out = new StringBuilder();
        for (char c : identity.toCharArray()) {
            out.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
            int noise = random.nextInt(12);
            if (noise == 0) {
                out.append('.');
            } else if (noise == 1) {
                out.append(' ');
            } else if (noise == 2) {
                out.append('-');
            }
        }
        return out.toString();
    }
}
