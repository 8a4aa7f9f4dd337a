package org.infoshare.validation;

import java.util.Locale;
import java.util.Map;

/** Names Bean Validation constraints as the stable rule names infoshare's errors use. */
public final class ValidationRules {

    private static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("NotBlank", "required"),
            Map.entry("NotNull", "required"),
            Map.entry("NotEmpty", "required"),
            Map.entry("Size", "length"),
            Map.entry("Email", "email"),
            Map.entry("Pattern", "format"),
            Map.entry("Past", "in-the-past"),
            Map.entry("PastOrPresent", "not-in-the-future"),
            Map.entry("Future", "in-the-future"),
            Map.entry("FutureOrPresent", "not-in-the-past"),
            Map.entry("Min", "minimum"),
            Map.entry("Max", "maximum"),
            Map.entry("Positive", "positive"),
            Map.entry("PositiveOrZero", "not-negative"),
            Map.entry("AssertTrue", "required"),
            Map.entry("Valid", "valid"));

    private ValidationRules() {
    }

    /** The most specific code a binder reports ends with the constraint's simple name (e.g. "Size"). */
    public static String rule(String[] codes) {
        if (codes == null || codes.length == 0) {
            return "valid";
        }
        return rule(codes[codes.length - 1]);
    }

    /** The rule name for a constraint's simple name, e.g. "NotBlank" → "required". */
    public static String rule(String constraint) {
        return RULES.getOrDefault(constraint, constraint.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT));
    }
}
