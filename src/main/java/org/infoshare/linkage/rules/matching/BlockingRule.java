package org.infoshare.linkage.rules.matching;

import org.infoshare.linkage.rules.encoding.Pseudonym;

/**
 * A blocking rule: records are compared only with records that share its key, which bounds the comparisons
 * from n² to the sizes of the blocks. Every key is a keyed pseudonym or made of them, so blocking sees no
 * clear value either. A record without the key's fields takes no part in that rule.
 */
public enum BlockingRule {
    NHS_NUMBER("The same NHS number"),
    DATE_OF_BIRTH("The same date of birth"),
    NAMES_AND_BIRTH_YEAR("Names that sound alike and the same year of birth"),
    PROPERTY("The same property"),
    UPRN("The same property reference (UPRN)"),
    /** The same first name (after nicknames) and last name: used to learn the weights of dates of birth. */
    FULL_NAME("The same first and last name");

    private final String description;

    BlockingRule(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The record's key under this rule, or 0 when it has none. */
    public long key(RecordTable table, int record) {
        return switch (this) {
            case NHS_NUMBER -> table.pseudonym(record, Pseudonym.NHS_NUMBER);
            case DATE_OF_BIRTH -> table.pseudonym(record, Pseudonym.DATE_OF_BIRTH);
            case NAMES_AND_BIRTH_YEAR -> table.pseudonym(record, Pseudonym.NAMES_AND_BIRTH_YEAR);
            case PROPERTY -> table.pseudonym(record, Pseudonym.PROPERTY);
            case UPRN -> table.pseudonym(record, Pseudonym.UPRN);
            case FULL_NAME -> {
                long first = table.pseudonym(record, Pseudonym.FIRST_NAME_VARIANT);
                long last = table.pseudonym(record, Pseudonym.LAST_NAME);
                yield first == 0 || last == 0 ? 0 : mix(first * 0x9E3779B97F4A7C15L + last) | 1;
            }
        };
    }

    /** Whether two records share this rule's key. */
    public boolean shared(RecordTable table, int a, int b) {
        long key = key(table, a);
        return key != 0 && key == key(table, b);
    }

    static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xFF51AFD7ED558CCDL;
        x ^= x >>> 33;
        x *= 0xC4CEB9FE1A85EC53L;
        return x ^ (x >>> 33);
    }
}
