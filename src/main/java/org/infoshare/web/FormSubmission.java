package org.infoshare.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.validation.CommandValidator;
import org.infoshare.shared.problem.Violation;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * The one way a form is handled: turn the fields into a command; if anything could not be read, show
 * every problem (including the command's own rule breaks) without acting; otherwise act, and if the
 * action breaks a rule, show that on the form. Nothing changes unless the action succeeds.
 */
@Component
public class FormSubmission {

    private final CommandValidator validator;

    FormSubmission(CommandValidator validator) {
        this.validator = validator;
    }

    public <C> String submit(BindingResult binding, Function<FormParsing, C> toCommand, Function<C, String> action,
                             Supplier<String> formView) {
        if (binding.hasErrors()) {
            return formView.get();
        }
        FormParsing parsing = new FormParsing();
        C command = toCommand.apply(parsing);
        if (!parsing.violations().isEmpty()) {
            List<Violation> all = new ArrayList<>(parsing.violations());
            validator.violations(command).stream()
                    .filter(v -> all.stream().noneMatch(seen -> seen.field().equals(v.field())))
                    .forEach(all::add);
            FormErrors.show(binding, new InvalidRequestException(all));
            return formView.get();
        }
        try {
            return action.apply(command);
        } catch (InvalidRequestException e) {
            FormErrors.show(binding, e);
            return formView.get();
        }
    }

    /** For forms whose fields need no parsing. */
    public String submit(BindingResult binding, Supplier<String> action, Supplier<String> formView) {
        return submit(binding, parsing -> null, ignored -> action.get(), formView);
    }
}
