/**
 * The ledger: an append-only, hash-chained record of every state change that matters, written in the same
 * transaction as the change. Entries hold references, codes and digests, never personal data in clear, so
 * that disposing of a person's data never breaks the chain. See docs/adr/0003-ledger-chain.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledger")
package org.infoshare.ledger;
