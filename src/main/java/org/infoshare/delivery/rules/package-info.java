/**
 * Delivery rules in plain Java: redaction of protected identities ({@link org.infoshare.delivery.rules.Redaction}),
 * who may open a disclosure ({@link org.infoshare.delivery.rules.DisclosureAccess}), and what a notification
 * may say ({@link org.infoshare.delivery.rules.WaitingMessage}). No Spring, no SQL, no HTTP.
 */
package org.infoshare.delivery.rules;
