/**
 * People's rights in plain Java: the rights and what a granted one asks of the recipients
 * ({@link org.infoshare.rights.rules.RightKind}), the exemptions and refusal grounds as codes
 * ({@link org.infoshare.rights.rules.Exemption}), what a rights decision must rest on
 * ({@link org.infoshare.rights.rules.DecisionRules}), the queue's order ({@link org.infoshare.rights.rules.QueueOrder}),
 * escalation ({@link org.infoshare.rights.rules.EscalationPolicy}), what a subject access bundle withholds
 * ({@link org.infoshare.rights.rules.Withholding}) and who must be told of a granted request
 * ({@link org.infoshare.rights.rules.PropagationTargets}). No Spring, no SQL, no HTTP.
 */
package org.infoshare.rights.rules;
