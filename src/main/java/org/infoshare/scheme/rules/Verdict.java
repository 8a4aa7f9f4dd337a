package org.infoshare.scheme.rules;

/**
 * What a policy answers: whether it allows what was asked, the rule that decided (a code from the policy's
 * vocabulary), the field it concerns when the answer is no, the reason in words and the source.
 */
public record Verdict(boolean allowed, String rule, String field, String reason, String source) {

    static Verdict yes(String rule, String reason, String source) {
        return new Verdict(true, rule, null, reason, source);
    }

    static Verdict no(String rule, String field, String reason, String source) {
        return new Verdict(false, rule, field, reason, source);
    }
}
