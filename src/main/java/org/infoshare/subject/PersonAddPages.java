package org.infoshare.subject;

import java.time.LocalDate;

import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.web.DateInput;
import org.infoshare.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Adding a person, with the check that they are not already recorded: a likely match shows "Is this the same
 * person?", to open them or to confirm a different person. Nobody is duplicated silently.
 */
@Controller
@RequestMapping("/people/new")
@RolesAllowed(value = {Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN}, personalData = true)
class PersonAddPages {

    private final Subjects subjects;
    private final FormSubmission forms;

    PersonAddPages(Subjects subjects, FormSubmission forms) {
        this.subjects = subjects;
        this.forms = forms;
    }

    @GetMapping
    String newPerson(Model model) {
        model.addAttribute("form", new PersonForm());
        return "people/new";
    }

    @PostMapping
    String add(Actor actor, @ModelAttribute("form") PersonForm form, BindingResult binding, Model model) {
        return forms.submit(binding, parsing -> form.toCommand(parsing.date(form.getDateOfBirth(), "dateOfBirth", "their date of birth")),
                command -> {
                    try {
                        return "redirect:/people/" + subjects.add(actor, command).id();
                    } catch (PossibleDuplicateException likely) {
                        model.addAttribute("candidates", likely.candidates());
                        return "people/same-person";
                    }
                },
                () -> "people/new");
    }

    /** Mirrors {@link SubjectCommands.RecordSubject}. */
    public static class PersonForm {
        private String reference;
        private String name;
        private DateInput dateOfBirth = new DateInput();
        private String nhsNumber;
        private boolean confirmedDifferent;

        SubjectCommands.RecordSubject toCommand(LocalDate born) {
            return new SubjectCommands.RecordSubject(reference, name, born, nhsNumber == null || nhsNumber.isBlank() ? null : nhsNumber.strip(),
                    confirmedDifferent);
        }

        public String getReference() { return reference; }
        public void setReference(String reference) { this.reference = reference; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public DateInput getDateOfBirth() { return dateOfBirth; }
        public void setDateOfBirth(DateInput dateOfBirth) { this.dateOfBirth = dateOfBirth; }
        public String getNhsNumber() { return nhsNumber; }
        public void setNhsNumber(String nhsNumber) { this.nhsNumber = nhsNumber; }
        public boolean isConfirmedDifferent() { return confirmedDifferent; }
        public void setConfirmedDifferent(boolean confirmedDifferent) { this.confirmedDifferent = confirmedDifferent; }
    }
}
