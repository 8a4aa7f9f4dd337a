/**
 * Systematic sharing: partner systems and staff upload datasets (CSV or JSON lines) under an active agreement.
 * Each upload is checked against the agreement's data items for its recipient and against the dataset
 * specification (types, required values), minimised, optionally pseudonymised with the agreement's key,
 * sealed in blocks and published atomically to the recipient team, or refused with a report and nothing kept.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Datasets")
package org.infoshare.dataset;
