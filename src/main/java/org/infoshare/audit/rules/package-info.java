/**
 * The audit trail's vocabulary: plain-English descriptions of ledger actions and record types, and the
 * kinds of action an auditor can filter by. Plain Java.
 */
package org.infoshare.audit.rules;
