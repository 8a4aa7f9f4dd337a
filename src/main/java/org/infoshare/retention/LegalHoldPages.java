package org.infoshare.retention;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Page;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.subject.Subject;
import org.infoshare.subject.Subjects;
import org.infoshare.web.FormSubmission;
import org.infoshare.web.ListFilterForm;
import org.infoshare.web.Option;
import org.infoshare.web.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Legal holds on a person's information: placed and lifted by the DPO, each with a reason. */
@Controller
@RequestMapping("/retention/holds")
@RolesAllowed(value = Role.DATA_PROTECTION_OFFICER, personalData = true)
class LegalHoldPages {

    private final LegalHolds holds;
    private final Subjects subjects;
    private final FormSubmission forms;

    LegalHoldPages(LegalHolds holds, Subjects subjects, FormSubmission forms) {
        this.holds = holds;
        this.subjects = subjects;
        this.forms = forms;
    }

    @GetMapping
    String list(Actor actor, @ModelAttribute("filter") ListFilterForm filter, BindingResult binding, HttpServletRequest request, Model model) {
        model.addAttribute("statuses", Option.of(LegalHolds.STATUSES));
        return forms.submit(binding, filter::toQuery, query -> {
            Page<LegalHolds.Hold> page = holds.holds(actor, query.filter(), query.page());
            Map<UUID, String> people = new HashMap<>();
            page.items().stream().map(LegalHolds.Hold::subjectId).filter(java.util.Objects::nonNull).distinct().forEach(id -> {
                Subject s = subjects.subject(actor, id);
                people.put(id, s.name() + " (" + s.reference() + ")");
            });
            model.addAttribute("holds", page.items());
            model.addAttribute("people", people);
            model.addAttribute("pagination", Pagination.of(page, request));
            return "retention/holds";
        }, () -> "retention/holds");
    }

    @GetMapping("/new")
    String placeForm(Model model) {
        model.addAttribute("form", new RetentionForms.HoldForm());
        return "retention/hold-new";
    }

    @PostMapping("/new")
    String place(Actor actor, @ModelAttribute("form") RetentionForms.HoldForm form, BindingResult binding, RedirectAttributes redirect) {
        return forms.submit(binding, parsing -> form, f -> {
            if (f.getReference() == null || f.getReference().isBlank()) {
                throw InvalidRequestException.of("reference", "required", "Enter your reference for the person whose information must be kept");
            }
            Subject subject = subjects.byReference(actor, f.getReference().strip()).orElseThrow(() ->
                    InvalidRequestException.of("reference", "known-person", "Nobody in your records has this reference"));
            holds.place(actor, f.toCommand(subject.id()));
            redirect.addFlashAttribute("success", "Hold placed: nothing about " + subject.name() + " will be disposed of until it is lifted");
            return "redirect:/retention/holds";
        }, () -> "retention/hold-new");
    }

    @GetMapping("/{id}/lifting")
    String liftForm(Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("hold", holds.hold(actor, id));
        model.addAttribute("form", new RetentionForms.LiftForm());
        return "retention/hold-lift";
    }

    @PostMapping("/{id}/lifting")
    String lift(Actor actor, @PathVariable UUID id, @ModelAttribute("form") RetentionForms.LiftForm form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            holds.lift(actor, id, command);
            redirect.addFlashAttribute("success", "Hold lifted");
            return "redirect:/retention/holds";
        }, () -> {
            model.addAttribute("hold", holds.hold(actor, id));
            return "retention/hold-lift";
        });
    }
}
