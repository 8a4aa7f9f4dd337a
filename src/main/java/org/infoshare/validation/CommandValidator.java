package org.infoshare.validation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.Violation;
import org.springframework.stereotype.Component;

/**
 * Checks a command against its Bean Validation constraints and refuses it with every broken rule, named
 * by field. Services call this, so the API and the UI refuse bad input identically.
 */
@Component
public class CommandValidator {

    private final Validator validator;

    CommandValidator(Validator validator) {
        this.validator = validator;
    }

    public void check(Object command) {
        if (command == null) {
            throw InvalidRequestException.of("", "required", "The request has no content");
        }
        List<Violation> violations = violations(command);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    /** Every broken constraint, by field; empty when the command is valid (or absent). */
    public List<Violation> violations(Object command) {
        if (command == null) {
            return List.of();
        }
        Set<ConstraintViolation<Object>> found = validator.validate(command);
        return found.stream()
                .map(CommandValidator::violation)
                .sorted(Comparator.comparing(Violation::field))
                .toList();
    }

    private static Violation violation(ConstraintViolation<Object> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String rule = ValidationRules.rule(constraint);
        if (violation.getConstraintDescriptor().getAnnotation() instanceof Size size) {
            rule = length(violation.getInvalidValue()) > size.max() ? "max-length" : "min-length";
        }
        return new Violation(violation.getPropertyPath().toString(), rule, violation.getMessage());
    }

    private static int length(Object value) {
        if (value instanceof CharSequence text) {
            return text.length();
        }
        if (value instanceof Collection<?> collection) {
            return collection.size();
        }
        return 0;
    }
}
