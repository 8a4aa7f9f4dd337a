/**
 * The public disclosure schemes' rules in plain Java (004 §8.3, §8.6): the schemes and their gateways, the order
 * of an application's stages, the decision whether to disclose (one policy per file, run in order by
 * {@link org.infoshare.scheme.rules.SchemeDecisionEngine}) and the undertaking of confidentiality. No Spring, no SQL, no HTTP.
 */
package org.infoshare.scheme.rules;
