package org.infoshare.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.Violation;

/** Collects the problems met while turning form fields into a command, so that all are shown at once. */
public final class FormParsing {

    private final List<Violation> violations = new ArrayList<>();

    /** The date entered, or null (empty, or not a real date: then the problem is recorded). */
    public LocalDate date(DateInput input, String field, String what) {
        try {
            return input.toDate(field, what);
        } catch (InvalidRequestException e) {
            violations.addAll(e.violations());
            return null;
        }
    }

    /** The whole number entered, or null (empty, or not a whole number: then {@code message} is recorded). */
    public Integer number(String text, String field, String message) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            violations.add(new Violation(field, "number", message));
            return null;
        }
    }

    /** Records a problem found while reading a field that none of the methods above reads. */
    public void invalid(String field, String rule, String message) {
        violations.add(new Violation(field, rule, message));
    }

    List<Violation> violations() {
        return violations;
    }
}
