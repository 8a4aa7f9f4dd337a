package org.infoshare.rights.rules;

/**
 * A policy's answer: allowed, or refused under a named rule with the reason in words.
 *
 * @param field the input the refusal is about ("" for the request as a whole)
 * @param rule  a stable rule name, e.g. {@code exemption-required}
 */
public record Verdict(boolean allowed, String field, String rule, String reason) {

    public static final Verdict ALLOWED = new Verdict(true, "", "", "");

    public static Verdict refused(String field, String rule, String reason) {
        return new Verdict(false, field, rule, reason);
    }
}
