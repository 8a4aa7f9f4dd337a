package org.infoshare.linkage.rules.encoding;

/** The fields encoded as keyed Bloom filters of their q-grams, compared approximately (Dice coefficient). */
public enum BloomField {
    // Both names share one key, so that a first name written in the last-name field can still be recognised.
    FIRST_NAME("field:name:bloom"),
    LAST_NAME("field:name:bloom"),
    ADDRESS("field:address:bloom");

    private final String keyLabel;

    BloomField(String keyLabel) {
        this.keyLabel = keyLabel;
    }

    String keyLabel() {
        return keyLabel;
    }
}
