package org.infoshare.linkage.rules.encoding;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA-256 under one field's key. Not thread-safe: each encoding thread (or Spark task) makes its own.
 */
final class KeyedHash {

    private final Mac mac;

    KeyedHash(byte[] key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    byte[] digest(String value) {
        return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A 64-bit keyed pseudonym of a normalised value. Zero stands for "no value" everywhere in the linkage
     * core, so a digest that happens to be zero is moved to one.
     */
    long pseudonym(String value) {
        byte[] digest = digest(value);
        long result = 0;
        for (int i = 0; i < 8; i++) {
            result = (result << 8) | (digest[i] & 0xFF);
        }
        return result == 0 ? 1 : result;
    }
}
