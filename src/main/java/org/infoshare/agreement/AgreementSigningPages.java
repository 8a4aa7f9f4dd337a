package org.infoshare.agreement;

import java.util.List;
import java.util.UUID;

import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.problem.NotFoundException;
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

/** An agreement's life after drafting: signatures, the reviews that fall due (002 §1.4) and termination (002 §1.5). */
@Controller
@RequestMapping("/agreements")
class AgreementSigningPages {

    private final Agreements agreements;
    private final AgreementReviews reviews;
    private final DirectoryLookup directory;
    private final FormSubmission forms;

    AgreementSigningPages(Agreements agreements, AgreementReviews reviews, DirectoryLookup directory, FormSubmission forms) {
        this.agreements = agreements;
        this.reviews = reviews;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping("/{id}/versions/{version}/sign")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN})
    String signPage(Actor actor, @PathVariable UUID id, @PathVariable int version, Model model) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version target = agreement.version(version).orElseThrow(() -> new NotFoundException("Agreement version"));
        model.addAttribute("agreement", agreement);
        model.addAttribute("target", target);
        model.addAttribute("names", directory.names(List.of()));
        return "agreements/sign";
    }

    @PostMapping("/{id}/versions/{version}/sign")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN})
    String sign(Actor actor, @PathVariable UUID id, @PathVariable int version, RedirectAttributes redirect) {
        Agreement signed = agreements.sign(actor, id, version);
        boolean active = signed.version(version).map(v -> v.status() == AgreementStatus.ACTIVE).orElse(false);
        redirect.addFlashAttribute("success", active ? "Signed. Every party has now signed: version " + version + " is in force"
                : "Signed for " + actor.organisationName());
        return "redirect:/agreements/" + id;
    }

    @GetMapping("/reviews")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.PARTNERSHIP_ADMINISTRATOR})
    String reviews(Actor actor, Model model) {
        List<AgreementReviews.ReviewDue> due = reviews.reviewsFor(actor, 60);
        model.addAttribute("dueNow", due.stream().filter(d -> d.status().dueOrOverdue()).toList());
        model.addAttribute("upcoming", due.stream().filter(d -> !d.status().dueOrOverdue()).toList());
        model.addAttribute("recordsReviews", actor.hasRole(Role.DATA_PROTECTION_OFFICER) || actor.hasRole(Role.CALDICOTT_GUARDIAN));
        return "agreements/reviews";
    }

    @GetMapping("/{id}/review")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN})
    String reviewPage(Actor actor, @PathVariable UUID id, Model model) {
        return reviewView(actor, id, model, new SigningForms.ReviewForm());
    }

    @PostMapping("/{id}/review")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN})
    String review(Actor actor, @PathVariable UUID id, @ModelAttribute("form") SigningForms.ReviewForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        return forms.submit(binding, () -> {
            reviews.review(actor, id, new AgreementCommands.RecordReview(form.getOutcome(), null, form.getNotes()));
            redirect.addFlashAttribute("success", "Review recorded: " + form.getOutcome().label().toLowerCase());
            return form.getOutcome() == ReviewOutcome.AMEND ? "redirect:/agreements/" + id + "/draft" : "redirect:/agreements/" + id;
        }, () -> reviewView(actor, id, model, form));
    }

    private String reviewView(Actor actor, UUID id, Model model, SigningForms.ReviewForm form) {
        Agreement agreement = agreements.get(actor, id);
        model.addAttribute("agreement", agreement);
        model.addAttribute("review", reviews.reviewStatus(agreement).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("outcomes", Option.of(ReviewOutcome.values(), ReviewOutcome::label));
        return "agreements/review";
    }

    @GetMapping("/{id}/terminate")
    @RolesAllowed(Role.DATA_PROTECTION_OFFICER)
    String terminatePage(Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("agreement", agreements.get(actor, id));
        model.addAttribute("form", new SigningForms.TerminateForm());
        return "agreements/terminate";
    }

    @PostMapping("/{id}/terminate")
    @RolesAllowed(Role.DATA_PROTECTION_OFFICER)
    String terminate(Actor actor, @PathVariable UUID id, @ModelAttribute("form") SigningForms.TerminateForm form, BindingResult binding,
                     Model model, RedirectAttributes redirect) {
        Agreement agreement = agreements.get(actor, id);
        return forms.submit(binding, () -> {
            reviews.terminate(actor, id, new AgreementCommands.Terminate(form.getReason()));
            redirect.addFlashAttribute("success", "Agreement terminated: no new sharing may take place under it");
            return "redirect:/agreements/" + id;
        }, () -> {
            model.addAttribute("agreement", agreement);
            return "agreements/terminate";
        });
    }
}
