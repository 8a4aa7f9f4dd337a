/**
 * Retention and disposal (002 §4.9; 004 §5, §7). Retention
 * rules as structured data for every kind of record and every agreement's data, computed into a disposal date for
 * each record; legal holds; a disposal run (scheduled, or previewed and started by the Data Protection Officer)
 * that crypto-shreds and deletes or anonymises what is due, through the one path the "kept forever" tables allow,
 * and writes a certificate with no content (docs/adr/0081-disposal-through-one-path.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Retention and disposal")
package org.infoshare.retention;
