package org.infoshare.web;

import java.util.Map;

import org.infoshare.shared.problem.Violation;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/** Names Bean Validation constraints as the stable rule names infoshare's errors use. */
final class BeanValidationRules {

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

    private BeanValidationRules() {
    }

    static Violation violation(ObjectError error) {
        String field = error instanceof FieldError fieldError ? fieldError.getField() : "";
        return new Violation(field, rule(error.getCodes()), String.valueOf(error.getDefaultMessage()));
    }

    /** The most specific code Spring reports ends with the constraint's simple name (e.g. "Size"). */
    static String rule(String[] codes) {
        if (codes == null || codes.length == 0) {
            return "valid";
        }
        String constraint = codes[codes.length - 1];
        return RULES.getOrDefault(constraint, constraint.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT));
    }
}
