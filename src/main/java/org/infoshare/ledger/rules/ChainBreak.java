package org.infoshare.ledger.rules;

/**
 * The first place where the ledger no longer proves itself.
 *
 * @param seq     the chain position (0 when the break is not at a position, e.g. an unchained entry)
 * @param entryId the entry concerned, when there is one
 */
public record ChainBreak(Kind kind, long seq, Long entryId, String explanation) {

    public enum Kind {
        ENTRY_ALTERED("An entry's content no longer matches the hash recorded when it was written"),
        ENTRY_MISSING("The chain names an entry that is no longer in the ledger"),
        POSITION_MISSING("A chain position is missing: entries were removed"),
        LINK_BROKEN("An entry does not follow the one before it: entries were reordered, removed or inserted"),
        LINK_ALTERED("A chain link no longer matches its entry: the link's hash was altered, or the entry was replaced together with its hash"),
        CHECKPOINT_SIGNATURE_INVALID("A checkpoint's signature does not verify: it was forged or altered"),
        CHECKPOINT_MISMATCH("A signed checkpoint does not match the chain: history was rewritten"),
        TRUNCATED("A signed checkpoint covers entries that are no longer in the chain: the ledger was truncated"),
        UNCHAINED_ENTRY("An entry was added to the ledger outside the chain");

        private final String meaning;

        Kind(String meaning) {
            this.meaning = meaning;
        }

        public String meaning() {
            return meaning;
        }
    }
}
