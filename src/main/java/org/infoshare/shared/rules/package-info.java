/**
 * Rules every module applies the same way: what text the platform accepts ({@link org.infoshare.shared.rules.TextCharacters})
 * and who within an organisation may see a person's records ({@link org.infoshare.shared.rules.NeedToKnow}).
 * Plain Java: no Spring, no SQL, no HTTP.
 */
package org.infoshare.shared.rules;
