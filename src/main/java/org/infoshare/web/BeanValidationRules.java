package org.infoshare.web;

import org.infoshare.shared.problem.Violation;
import org.infoshare.validation.ValidationRules;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/** A binder's error as the violation infoshare's problems and error summaries show. */
final class BeanValidationRules {

    private BeanValidationRules() {
    }

    static Violation violation(ObjectError error) {
        String field = error instanceof FieldError fieldError ? fieldError.getField() : "";
        return new Violation(field, ValidationRules.rule(error.getCodes()), String.valueOf(error.getDefaultMessage()));
    }
}
