/**
 * Delivery rules in plain Java: redaction of protected identities ({@link org.infoshare.delivery.rules.Redaction}),
 * who may open a disclosure ({@link org.infoshare.delivery.rules.DisclosureAccess}), and what a notification
 * may say ({@link org.infoshare.delivery.rules.WaitingMessage}). No Spring, no SQL, no HTTP. Other modules may use
 * them: a subject access bundle redacts third parties' identities with the same {@code Redaction}.
 */
@org.springframework.modulith.NamedInterface("rules")
package org.infoshare.delivery.rules;
