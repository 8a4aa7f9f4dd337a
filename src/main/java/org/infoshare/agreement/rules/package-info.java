/**
 * The agreement rules in plain Java: what must be documented and which lawful-basis layers must be present
 * before an agreement may be activated ({@link org.infoshare.agreement.rules.ActivationRules}), when reviews
 * fall due ({@link org.infoshare.agreement.rules.ReviewSchedule}), and whether a full DPIA is needed
 * ({@link org.infoshare.agreement.rules.DpiaScreeningRules}). No Spring, no SQL, no HTTP.
 */
package org.infoshare.agreement.rules;
