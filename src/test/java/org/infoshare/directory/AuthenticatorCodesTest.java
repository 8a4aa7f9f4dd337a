package org.infoshare.directory;

import java.time.Instant;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Authenticator-app codes against RFC 6238's own test values (SHA-1, its secret "12345678901234567890"). */
class AuthenticatorCodesTest {

    /** "12345678901234567890" in base 32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private final AuthenticatorCodes codes = new AuthenticatorCodes();

    @Test
    void acceptsTheRfcsCodesAtTheirTimes() {
        // RFC 6238 appendix B gives 8 digits; an app shows the last 6.
        assertThat(codes.matchingStep(RFC_SECRET, "287082", Instant.ofEpochSecond(59), null)).isEqualTo(OptionalLong.of(1));
        assertThat(codes.matchingStep(RFC_SECRET, "081804", Instant.ofEpochSecond(1111111109L), null)).isPresent();
        assertThat(codes.matchingStep(RFC_SECRET, "050471", Instant.ofEpochSecond(1111111111L), null)).isPresent();
        assertThat(codes.matchingStep(RFC_SECRET, "005924", Instant.ofEpochSecond(1234567890L), null)).isPresent();
        assertThat(codes.matchingStep(RFC_SECRET, "279037", Instant.ofEpochSecond(2000000000L), null)).isPresent();
        assertThat(codes.matchingStep(RFC_SECRET, "353130", Instant.ofEpochSecond(20000000000L), null)).isPresent();
    }

    @Test
    void acceptsOneStepEitherSideAndNoFurther() {
        Instant at = Instant.ofEpochSecond(1111111109L);
        assertThat(codes.matchingStep(RFC_SECRET, "081804", at.plusSeconds(30), null)).isPresent();
        assertThat(codes.matchingStep(RFC_SECRET, "081804", at.minusSeconds(30), null)).isPresent();
        assertThat(codes.matchingStep(RFC_SECRET, "081804", at.plusSeconds(61), null)).isEmpty();
        assertThat(codes.matchingStep(RFC_SECRET, "081804", at.minusSeconds(61), null)).isEmpty();
    }

    @Test
    void neverAcceptsTheSameStepTwice() {
        Instant at = Instant.ofEpochSecond(1234567890L);
        long step = codes.matchingStep(RFC_SECRET, "005924", at, null).orElseThrow();
        assertThat(codes.matchingStep(RFC_SECRET, "005924", at, step)).isEmpty();
        assertThat(codes.matchingStep(RFC_SECRET, "005924", at, step - 1)).isPresent();
    }

    @Test
    void refusesWrongAndMalformedCodesAndAllowsSpaces() {
        Instant at = Instant.ofEpochSecond(59);
        assertThat(codes.matchingStep(RFC_SECRET, "287083", at, null)).isEmpty();
        assertThat(codes.matchingStep(RFC_SECRET, "28708", at, null)).isEmpty();
        assertThat(codes.matchingStep(RFC_SECRET, "", at, null)).isEmpty();
        assertThat(codes.matchingStep(RFC_SECRET, null, at, null)).isEmpty();
        assertThat(codes.matchingStep(RFC_SECRET, "287 082", at, null)).isPresent();
    }

    @Test
    void newSecretsAreLongRandomBase32() {
        String one = codes.newSecret();
        assertThat(one).hasSize(32).matches("[A-Z2-7]+");
        assertThat(codes.newSecret()).isNotEqualTo(one);
        assertThat(AuthenticatorCodes.grouped("ABCDEFGHIJKL")).isEqualTo("ABCD EFGH IJKL");
        assertThat(codes.qrCode("sam@example.org", one)).startsWith("data:image/png;base64,");
    }
}
