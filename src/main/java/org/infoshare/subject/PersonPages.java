package org.infoshare.subject;

import java.time.LocalDate;
import java.util.UUID;

import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.rules.NeedToKnow;
import org.infoshare.web.DateInput;
import org.infoshare.web.FormSubmission;
import org.infoshare.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's page: their details, the members of their household or family the viewer may see, and everything
 * recorded about them, newest first; and linking a family member.
 */
@Controller
@RequestMapping("/people")
@RolesAllowed(value = {Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN}, personalData = true)
class PersonPages {

    private final Subjects subjects;
    private final PersonView people;
    private final FormSubmission forms;

    PersonPages(Subjects subjects, PersonView people, FormSubmission forms) {
        this.subjects = subjects;
        this.people = people;
        this.forms = forms;
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable UUID id, Model model) {
        PersonView.Seen seen = people.open(actor, id);
        Family family = seen.family();
        model.addAttribute("family", family);
        model.addAttribute("person", family.person());
        model.addAttribute("history", seen.history());
        model.addAttribute("canDecide", actor.hasAnyRole(Role.PRACTITIONER, Role.MANAGER));
        model.addAttribute("canSeeReads", NeedToKnow.Reader.of(actor).oversees());
        return "people/person";
    }

    @GetMapping("/{id}/family/new")
    String relativeForm(Actor actor, @PathVariable UUID id, Model model) {
        return relativeView(actor, id, model, new RelativeForm());
    }

    @PostMapping("/{id}/family/new")
    String relate(Actor actor, @PathVariable UUID id, @ModelAttribute("form") RelativeForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        return forms.submit(binding, parsing -> new Born(parsing.date(form.getDateOfBirth(), "dateOfBirth", "their date of birth")), born -> {
            if (form.getRelationship() == null) {
                throw org.infoshare.shared.problem.InvalidRequestException.of("relationship", "required", "Select how they are related");
            }
            Subject relative = subjects.findOrRecord(actor, form.getReference(), form.getName(), born.on());
            subjects.relate(actor, id, new SubjectCommands.RelateSubjects(relative.id(), form.getRelationship()));
            redirect.addFlashAttribute("success", relative.name() + " is linked as family");
            return "redirect:/people/" + id;
        }, () -> relativeView(actor, id, model, form));
    }

    private String relativeView(Actor actor, UUID id, Model model, RelativeForm form) {
        model.addAttribute("person", subjects.subject(actor, id));
        model.addAttribute("form", form);
        model.addAttribute("relationships", Option.of(Relationship.values(), Relationship::label));
        return "people/relative";
    }

    /** A family member found by reference or added, and how they are related to the person. */
    public static class RelativeForm {
        private Relationship relationship;
        private String reference;
        private String name;
        private DateInput dateOfBirth = new DateInput();

        public Relationship getRelationship() { return relationship; }
        public void setRelationship(Relationship relationship) { this.relationship = relationship; }
        public String getReference() { return reference; }
        public void setReference(String reference) { this.reference = reference; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public DateInput getDateOfBirth() { return dateOfBirth; }
        public void setDateOfBirth(DateInput dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    }

    private record Born(LocalDate on) {
    }
}
