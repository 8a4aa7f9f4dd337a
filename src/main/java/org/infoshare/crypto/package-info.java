/**
 * Personal data at rest: Tink AEAD keys per organisation and per data subject, each stored wrapped by a
 * master key that never enters the database. Destroying a subject's key disposes of that subject's data
 * wherever it lies (crypto-shredding). Lookups over encrypted values use keyed blind indexes, never plain
 * hashes; the ledger's checkpoints are signed with a deployment key.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Keys and encryption")
package org.infoshare.crypto;
