package org.infoshare.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

/**
 * Authenticator-app codes (TOTP, RFC 6238): SHA-1, six digits, thirty-second steps, as every common app
 * expects. A code is accepted from the step before to the step after the server's own (a minute and a half
 * for clocks and typing to drift), and only for a step later than the last one accepted, so no code works
 * twice. Comparison takes the same time whatever the code.
 */
final class AuthenticatorCodes {

    static final int DIGITS = 6;
    static final int PERIOD_SECONDS = 30;
    private static final int SECRET_CHARACTERS = 32;
    private static final String ISSUER = "infoshare";

    private final DefaultCodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    /** A new shared secret: 32 base-32 characters, 160 random bits. */
    String newSecret() {
        return new DefaultSecretGenerator(SECRET_CHARACTERS).generate();
    }

    /** The time step of {@code now}. */
    static long step(Instant now) {
        return Math.floorDiv(now.getEpochSecond(), PERIOD_SECONDS);
    }

    /** The step whose code this is, within one step either side of now and after {@code lastAccepted}; else empty. */
    OptionalLong matchingStep(String secret, String code, Instant now, Long lastAccepted) {
        String presented = normalise(code);
        if (presented.length() != DIGITS) {
            return OptionalLong.empty();
        }
        long current = step(now);
        OptionalLong match = OptionalLong.empty();
        for (long step = current - 1; step <= current + 1; step++) {
            boolean equal = MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    presented.getBytes(StandardCharsets.US_ASCII));
            if (equal && (lastAccepted == null || step > lastAccepted) && match.isEmpty()) {
                match = OptionalLong.of(step);
            }
        }
        return match;
    }

    /** The enrolment QR code, as a data URI for an {@code img}: the app reads the secret, issuer and account from it. */
    String qrCode(String accountName, String secret) {
        QrData data = new QrData.Builder().label(accountName).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build();
        ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
        try {
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Cannot draw the QR code", e);
        }
    }

    /** The secret in groups of four, as people type it into an app by hand. */
    static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private String code(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Cannot compute an authenticator code", e);
        }
    }

    private static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "");
    }
}
