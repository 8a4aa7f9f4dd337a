package org.infoshare.linkage.rules.encoding;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret the data providers under one agreement share, and under which each of them encodes its records
 * for linkage. The hub that links never holds it: it receives only keyed pseudonyms and keyed Bloom filters,
 * which it can compare with each other but cannot compute for a name it guesses.
 *
 * <p>Every field is encoded under its own key derived from this secret (HMAC-SHA-256 of a label), so that a
 * pseudonym of a surname can never be compared with a pseudonym of a first name or a postcode. The
 * fingerprint, carried by every encoding, lets the hub refuse records encoded under another secret without
 * learning anything about the secret itself.
 */
public final class LinkageSecret implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MIN_BYTES = 32;

    private final byte[] key;

    private LinkageSecret(byte[] key) {
        if (key.length < MIN_BYTES) {
            throw new IllegalArgumentException("A linkage secret has at least " + MIN_BYTES + " bytes");
        }
        this.key = key.clone();
    }

    public static LinkageSecret of(byte[] key) {
        return new LinkageSecret(key);
    }

    /** The text form a partnership keeps in its own key store and hands to each sender (base64). */
    public static LinkageSecret fromText(String text) {
        try {
            return new LinkageSecret(Base64.getDecoder().decode(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("A linkage secret is written in base64", e);
        }
    }

    public static LinkageSecret generate(SecureRandom random) {
        byte[] key = new byte[MIN_BYTES];
        random.nextBytes(key);
        return new LinkageSecret(key);
    }

    public String toText() {
        return Base64.getEncoder().encodeToString(key);
    }

    /** The key for one purpose ("field:first-name"), independent of every other purpose's key. */
    public byte[] derive(String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(("infoshare-linkage/" + label).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    /** Eight hex digits that differ between secrets and reveal nothing about them. */
    public String fingerprint() {
        return HexFormat.of().formatHex(Arrays.copyOf(derive("fingerprint"), 4));
    }

    @Override
    public String toString() {
        return "LinkageSecret[" + fingerprint() + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LinkageSecret secret && java.security.MessageDigest.isEqual(key, secret.key);
    }

    @Override
    public int hashCode() {
        return fingerprint().hashCode();
    }
}
