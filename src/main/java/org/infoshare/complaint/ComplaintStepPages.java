package org.infoshare.complaint;

import java.util.UUID;

import org.infoshare.complaint.rules.ComplaintOutcome;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.Actor;
import org.infoshare.shared.access.SignedIn;
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
 * The steps on a complaint in the browser, each on its own page: acknowledging it, naming an investigator,
 * linking the records it concerns, the outcome, and a referral to the ICO. The service decides who may take each
 * (information governance; the investigator for the outcome).
 */
@Controller
@RequestMapping("/complaints/{id}")
@SignedIn(personalData = true)
class ComplaintStepPages {

    private final Complaints complaints;
    private final DirectoryLookup directory;
    private final FormSubmission forms;

    ComplaintStepPages(Complaints complaints, DirectoryLookup directory, FormSubmission forms) {
        this.complaints = complaints;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping("/acknowledgement")
    String acknowledgeForm(Actor actor, @PathVariable UUID id, Model model) {
        return view(actor, id, model, "acknowledge", new ComplaintForms.AcknowledgeForm());
    }

    @PostMapping("/acknowledgement")
    String acknowledge(Actor actor, @PathVariable UUID id, @ModelAttribute("form") ComplaintForms.AcknowledgeForm form, BindingResult binding,
                       Model model, RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            complaints.acknowledge(actor, id, command);
            return done(redirect, id, "Acknowledgement recorded");
        }, () -> view(actor, id, model, "acknowledge", form));
    }

    @GetMapping("/investigator")
    String investigatorForm(Actor actor, @PathVariable UUID id, Model model) {
        return view(actor, id, model, "investigate", new ComplaintForms.InvestigateForm());
    }

    @PostMapping("/investigator")
    String investigate(Actor actor, @PathVariable UUID id, @ModelAttribute("form") ComplaintForms.InvestigateForm form, BindingResult binding,
                       Model model, RedirectAttributes redirect) {
        return forms.submit(binding, () -> {
            complaints.investigate(actor, id, form.toCommand());
            return done(redirect, id, "Investigator named. They have been told a complaint is waiting.");
        }, () -> view(actor, id, model, "investigate", form));
    }

    @GetMapping("/links/new")
    String linkForm(Actor actor, @PathVariable UUID id, Model model) {
        return view(actor, id, model, "link", new ComplaintForms.LinkForm());
    }

    @PostMapping("/links/new")
    String link(Actor actor, @PathVariable UUID id, @ModelAttribute("form") ComplaintForms.LinkForm form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            complaints.link(actor, id, command);
            return done(redirect, id, "Record linked");
        }, () -> view(actor, id, model, "link", form));
    }

    @GetMapping("/outcome")
    String closeForm(Actor actor, @PathVariable UUID id, Model model) {
        return view(actor, id, model, "close", new ComplaintForms.CloseForm());
    }

    @PostMapping("/outcome")
    String close(Actor actor, @PathVariable UUID id, @ModelAttribute("form") ComplaintForms.CloseForm form, BindingResult binding, Model model,
                 RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            complaints.close(actor, id, command);
            return done(redirect, id, "Outcome recorded: the complaint is closed");
        }, () -> view(actor, id, model, "close", form));
    }

    @GetMapping("/ico-referral")
    String icoReferralForm(Actor actor, @PathVariable UUID id, Model model) {
        return view(actor, id, model, "ico", new ComplaintForms.IcoReferralForm());
    }

    @PostMapping("/ico-referral")
    String icoReferral(Actor actor, @PathVariable UUID id, @ModelAttribute("form") ComplaintForms.IcoReferralForm form, BindingResult binding,
                       Model model, RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            complaints.icoReferral(actor, id, command);
            return done(redirect, id, "Referral to the ICO recorded");
        }, () -> view(actor, id, model, "ico", form));
    }

    private static String done(RedirectAttributes redirect, UUID id, String message) {
        redirect.addFlashAttribute("success", message);
        return "redirect:/complaints/" + id;
    }

    private String view(Actor actor, UUID id, Model model, String step, Object form) {
        ComplaintView view = complaints.complaint(actor, id);
        model.addAttribute("v", view);
        model.addAttribute("c", view.complaint());
        model.addAttribute("step", step);
        model.addAttribute("form", form);
        model.addAttribute("outcomes", Option.of(ComplaintOutcome.values(), ComplaintOutcome::label));
        model.addAttribute("kinds", java.util.List.of(new Option("DECISION", "A sharing decision"), new Option("DISCLOSURE", "A disclosure"),
                new Option("INCIDENT", "An incident")));
        model.addAttribute("staff", directory.people(actor.organisationId()).stream().filter(DirectoryLookup.Person::active)
                .map(p -> new Option(p.id().toString(), p.displayName())).toList());
        return "complaints/step";
    }
}
