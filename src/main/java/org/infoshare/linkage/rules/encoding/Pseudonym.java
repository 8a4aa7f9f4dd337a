package org.infoshare.linkage.rules.encoding;

/**
 * The fields encoded as keyed pseudonyms (64 bits of HMAC-SHA-256 under the field's own key), compared for
 * equality only. Date-of-birth parts let comparisons see a transposed day and month, or two of the three parts
 * agreeing, without any part travelling on its own; the names-and-birth-year key exists for blocking.
 */
public enum Pseudonym {
    /** The given name after its nickname is replaced by the canonical name ("Bill" → WILLIAM). */
    FIRST_NAME_VARIANT,
    LAST_NAME,
    // The five date-of-birth pseudonyms stay together and in this order: the encoder fills them as one run.
    DATE_OF_BIRTH,
    /** The date of birth with day and month exchanged, when both are 12 or less and differ. */
    DATE_OF_BIRTH_TRANSPOSED,
    BIRTH_YEAR_MONTH,
    BIRTH_MONTH_DAY,
    BIRTH_YEAR_DAY,
    SEX,
    POSTCODE,
    POSTCODE_DISTRICT,
    /** The postcode with the numbers of the address line: one property. */
    PROPERTY,
    UPRN,
    NHS_NUMBER,
    /** The Soundex codes of both names in alphabetical order, with the birth year: for blocking. */
    NAMES_AND_BIRTH_YEAR;

    String keyLabel() {
        return "field:" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
