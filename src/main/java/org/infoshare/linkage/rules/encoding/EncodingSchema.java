package org.infoshare.linkage.rules.encoding;

import java.io.Serializable;

/**
 * The shape of an encoding, which every sender and the hub must share: which fields are pseudonymised, the
 * size of each Bloom filter and how many positions each q-gram sets. A record encoded under one schema is
 * never compared with one encoded under another; the version travels in every encoded value.
 *
 * <p>Version 1: bigrams (q = 2) of names padded with '_' into 256-bit filters, six positions per bigram;
 * bigrams of the address line into 512 bits, six per bigram. About a fifth of each filter's bits are set
 * for a typical value, which keeps Dice similarity discriminating without making filters sparse enough to
 * read bigram by bigram.
 */
public record EncodingSchema(int version, int nameBits, int nameHashes, int addressBits, int addressHashes) implements Serializable {

    public static final EncodingSchema V1 = new EncodingSchema(1, 256, 6, 512, 6);

    public EncodingSchema {
        if (nameBits % 64 != 0 || addressBits % 64 != 0 || nameBits <= 0 || addressBits <= 0) {
            throw new IllegalArgumentException("Bloom filters are whole numbers of 64-bit words");
        }
        if (nameBits > 65_536 || addressBits > 65_536) {
            throw new IllegalArgumentException("Bloom filters have at most 65,536 bits");
        }
        if (nameHashes < 1 || nameHashes > 16 || addressHashes < 1 || addressHashes > 16) {
            throw new IllegalArgumentException("Each q-gram sets between 1 and 16 positions");
        }
    }

    public static EncodingSchema version(int version) {
        if (version != 1) {
            throw new IllegalArgumentException("Unknown linkage encoding version " + version);
        }
        return V1;
    }

    public int nameWords() {
        return nameBits / 64;
    }

    public int addressWords() {
        return addressBits / 64;
    }

    /** Where each filter starts in a record's filter words: first name, last name, address. */
    public int filterOffset(BloomField field) {
        return switch (field) {
            case FIRST_NAME -> 0;
            case LAST_NAME -> nameWords();
            case ADDRESS -> 2 * nameWords();
        };
    }

    public int filterWords(BloomField field) {
        return field == BloomField.ADDRESS ? addressWords() : nameWords();
    }

    /** All filter words of one record. */
    public int filterWordsPerRecord() {
        return 2 * nameWords() + addressWords();
    }
}
