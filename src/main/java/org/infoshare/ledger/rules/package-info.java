/**
 * The ledger's hashing and chain-walking rules: plain Java, no Spring, no SQL, so that they can be unit
 * tested and measured on their own.
 */
@org.springframework.modulith.NamedInterface("rules")
package org.infoshare.ledger.rules;
