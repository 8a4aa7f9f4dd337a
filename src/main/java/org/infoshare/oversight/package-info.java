/**
 * Oversight and reporting (000 §5.1; 004 §7): the compliance dashboard for each organisation's DPO and for the
 * partnership, and the partnership board's reports on decisions, overrides, requests and incidents, every published
 * figure passed through small-number suppression.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oversight and reporting")
package org.infoshare.oversight;
