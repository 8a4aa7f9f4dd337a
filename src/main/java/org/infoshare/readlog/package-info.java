/**
 * Who read what (002 §4.5): every reading of a person's record, a decision, a consent record or a disclosure
 * is recorded (who, when, which record, about whom), so that a subject access bundle and the Data Protection
 * Officer can answer "who has looked at my information". Reads are rows of their own, written just after the
 * reading transaction commits, and each window of them is sealed into the ledger by a digest
 * (docs/adr/0080-who-read-what.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Who read what")
package org.infoshare.readlog;
