package org.infoshare.retention;

import java.util.UUID;

import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.subject.Subject;
import org.infoshare.subject.Subjects;
import org.infoshare.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's case dates, from which retention periods run (case closed, last contact), and when each record about
 * them is due to go: staff close and reopen the case and record the last contact.
 */
@Controller
@RequestMapping("/retention/people")
@RolesAllowed(value = {Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER}, personalData = true)
class CasePages {

    private final PersonCases cases;
    private final DisposalRuns disposal;
    private final Subjects subjects;
    private final FormSubmission forms;

    CasePages(PersonCases cases, DisposalRuns disposal, Subjects subjects, FormSubmission forms) {
        this.cases = cases;
        this.disposal = disposal;
        this.subjects = subjects;
        this.forms = forms;
    }

    @GetMapping
    String find(Actor actor, @RequestParam(required = false) String reference, Model model) {
        if (reference != null && !reference.isBlank()) {
            var found = subjects.byReference(actor, reference.strip());
            if (found.isPresent()) {
                return "redirect:/retention/people/" + found.get().id();
            }
            model.addAttribute("problem", "Nobody in your records has this reference");
        }
        model.addAttribute("reference", reference);
        return "retention/case-find";
    }

    @GetMapping("/{id}")
    String person(Actor actor, @PathVariable UUID id, Model model) {
        return view(actor, id, model, new CaseForms.CloseForm(), new CaseForms.ContactForm());
    }

    @PostMapping("/{id}/closure")
    String close(Actor actor, @PathVariable UUID id, @ModelAttribute("closeForm") CaseForms.CloseForm form, BindingResult binding, Model model,
                 RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            cases.close(actor, id, command);
            redirect.addFlashAttribute("success", "Case closed: retention periods that run from closure have started");
            return "redirect:/retention/people/" + id;
        }, () -> view(actor, id, model, form, new CaseForms.ContactForm()));
    }

    @PostMapping("/{id}/reopening")
    String reopen(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        cases.reopen(actor, id);
        redirect.addFlashAttribute("success", "Case reopened");
        return "redirect:/retention/people/" + id;
    }

    @PostMapping("/{id}/last-contact")
    String lastContact(Actor actor, @PathVariable UUID id, @ModelAttribute("contactForm") CaseForms.ContactForm form, BindingResult binding,
                       Model model, RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            cases.lastContact(actor, id, command);
            redirect.addFlashAttribute("success", "Last contact recorded");
            return "redirect:/retention/people/" + id;
        }, () -> view(actor, id, model, new CaseForms.CloseForm(), form));
    }

    private String view(Actor actor, UUID id, Model model, CaseForms.CloseForm closeForm, CaseForms.ContactForm contactForm) {
        Subject subject = subjects.subject(actor, id);
        model.addAttribute("subject", subject);
        model.addAttribute("dates", cases.dates(actor, id));
        model.addAttribute("schedule", disposal.schedule(actor, id));
        model.addAttribute("closeForm", closeForm);
        model.addAttribute("contactForm", contactForm);
        return "retention/case";
    }
}
