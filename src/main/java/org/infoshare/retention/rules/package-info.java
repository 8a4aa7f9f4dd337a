/**
 * Retention in plain Java: the record types the platform keeps ({@link org.infoshare.retention.rules.RecordType}),
 * the events a retention period runs from ({@link org.infoshare.retention.rules.RetentionEvent}), a rule as
 * structured data ({@link org.infoshare.retention.rules.RetentionRule}), and the disposal date it gives a record
 * ({@link org.infoshare.retention.rules.DisposalDates}), including "the end of the school year after their 25th
 * birthday" (004 §7). No Spring, no SQL, no HTTP.
 */
@org.springframework.modulith.NamedInterface("rules")
package org.infoshare.retention.rules;
