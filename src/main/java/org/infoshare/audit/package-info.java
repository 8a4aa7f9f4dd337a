/**
 * Audit: who did what and when, read back from the ledger for the organisation's auditors and Data
 * Protection Officer (002 §4.5), and verification of the ledger's integrity on demand. Every verification
 * is itself recorded in the ledger.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.infoshare.audit;
