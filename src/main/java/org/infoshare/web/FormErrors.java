package org.infoshare.web;

import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.Violation;
import org.springframework.validation.BindingResult;

/** Shows a rule broken in the service on the form that sent it, beside the field concerned. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void show(BindingResult form, InvalidRequestException e) {
        for (Violation violation : e.violations()) {
            if (!violation.field().isEmpty() && form.getTarget() != null
                    && org.springframework.beans.BeanUtils.getPropertyDescriptor(form.getTarget().getClass(), rootOf(violation.field())) != null) {
                form.rejectValue(violation.field(), violation.rule(), violation.message());
            } else {
                form.reject(violation.rule(), violation.message());
            }
        }
    }

    private static String rootOf(String path) {
        int dot = path.indexOf('.');
        int bracket = path.indexOf('[');
        int end = dot < 0 ? bracket : bracket < 0 ? dot : Math.min(dot, bracket);
        return end < 0 ? path : path.substring(0, end);
    }
}
