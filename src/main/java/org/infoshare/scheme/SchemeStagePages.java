package org.infoshare.scheme;

import java.util.List;
import java.util.UUID;

import org.infoshare.scheme.rules.Recipient;
import org.infoshare.scheme.rules.Recommendation;
import org.infoshare.scheme.rules.Undertaking;
import org.infoshare.shared.Actor;
import org.infoshare.shared.access.RolesAllowed;
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

import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/**
 * The stages of an application in the browser, each on its own page: the initial checks, the meeting with the
 * applicant, the forum's recommendation, the decision and the disclosure with its undertaking (004 §8.3, §8.6).
 */
@Controller
@RequestMapping("/schemes/{id}")
@RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
class SchemeStagePages {

    private static final List<Option> YES_NO = List.of(new Option("true", "Yes"), new Option("false", "No"));

    private final Schemes schemes;
    private final FormSubmission forms;

    SchemeStagePages(Schemes schemes, FormSubmission forms) {
        this.schemes = schemes;
        this.forms = forms;
    }

    @GetMapping("/checks")
    String checksForm(Actor actor, @PathVariable UUID id, Model model) {
        return view(actor, id, model, "checks", new SchemeForms.ChecksForm());
    }

    @PostMapping("/checks")
    String checks(Actor actor, @PathVariable UUID id, @ModelAttribute("form") SchemeForms.ChecksForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            schemes.checks(actor, id, command);
            return done(redirect, id, "Initial checks recorded");
        }, () -> view(actor, id, model, "checks", form));
    }

    @GetMapping("/meeting")
    String meetingForm(Actor actor, @PathVariable UUID id, Model model) {
        return view(actor, id, model, "meeting", new SchemeForms.MeetingForm());
    }

    @PostMapping("/meeting")
    String meeting(Actor actor, @PathVariable UUID id, @ModelAttribute("form") SchemeForms.MeetingForm form, BindingResult binding, Model model,
                   RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            schemes.meeting(actor, id, command);
            return done(redirect, id, "Meeting with the applicant recorded");
        }, () -> view(actor, id, model, "meeting", form));
    }

    @GetMapping("/forum")
    String forumForm(Actor actor, @PathVariable UUID id, Model model) {
        return view(actor, id, model, "forum", new SchemeForms.ForumForm());
    }

    @PostMapping("/forum")
    String forum(Actor actor, @PathVariable UUID id, @ModelAttribute("form") SchemeForms.ForumForm form, BindingResult binding, Model model,
                 RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            schemes.forum(actor, id, command);
            return done(redirect, id, "Forum's recommendation recorded");
        }, () -> view(actor, id, model, "forum", form));
    }

    @GetMapping("/decision")
    String decisionForm(Actor actor, @PathVariable UUID id, Model model) {
        return view(actor, id, model, "decision", new SchemeForms.DecisionForm());
    }

    @PostMapping("/decision")
    String decide(Actor actor, @PathVariable UUID id, @ModelAttribute("form") SchemeForms.DecisionForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            SchemeApplication a = schemes.decide(actor, id, command);
            return done(redirect, id, a.decision().disclose() ? "Decision recorded: disclose in person" : "Decision recorded: not to disclose");
        }, () -> view(actor, id, model, "decision", form));
    }

    @GetMapping("/disclosure")
    String disclosureForm(Actor actor, @PathVariable UUID id, Model model) {
        return view(actor, id, model, "disclosure", new SchemeForms.DisclosureForm());
    }

    @PostMapping("/disclosure")
    String disclose(Actor actor, @PathVariable UUID id, @ModelAttribute("form") SchemeForms.DisclosureForm form, BindingResult binding,
                    Model model, RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            SchemeApplication a = schemes.disclosure(actor, id, command);
            return done(redirect, id, a.status().label());
        }, () -> view(actor, id, model, "disclosure", form));
    }

    private static String done(RedirectAttributes redirect, UUID id, String message) {
        redirect.addFlashAttribute("success", message);
        return "redirect:/schemes/" + id;
    }

    private String view(Actor actor, UUID id, Model model, String stage, Object form) {
        model.addAttribute("a", schemes.application(actor, id));
        model.addAttribute("stage", stage);
        model.addAttribute("form", form);
        model.addAttribute("yesNo", YES_NO);
        model.addAttribute("recommendations", Option.of(Recommendation.values(), Recommendation::label));
        model.addAttribute("recipients", Option.of(Recipient.values(), Recipient::label));
        model.addAttribute("undertakings", Option.of(Undertaking.values(), Undertaking::label));
        return "schemes/stage";
    }
}
