package org.infoshare.incident.rules;

/**
 * A check on a decision about telling the ICO or the people affected.
 *
 * @param allowed  the decision may be recorded
 * @param departs  it departs from what the assessment concluded (its justification is kept with it)
 * @param rule     when refused, the rule broken, as problem details name it
 * @param field    when refused, the input concerned
 * @param message  when refused, why, in words for the person deciding
 */
public record DecisionCheck(boolean allowed, boolean departs, String rule, String field, String message) {

    static DecisionCheck ok(boolean departs) {
        return new DecisionCheck(true, departs, null, null, null);
    }

    static DecisionCheck refused(String field, String rule, String message) {
        return new DecisionCheck(false, false, rule, field, message);
    }
}
