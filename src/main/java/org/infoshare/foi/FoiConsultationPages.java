package org.infoshare.foi;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.infoshare.directory.DirectoryLookup;
import org.infoshare.foi.rules.Exemption;
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

import static org.infoshare.shared.Role.AUDITOR;
import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;

/** The partner's side of FOI assistance in the browser: reading what is asked, responding and supplying data. */
@Controller
@RequestMapping("/foi/consultations/{id}")
class FoiConsultationPages {

    private final FoiAssistance assistance;
    private final DirectoryLookup directory;
    private final FormSubmission forms;

    FoiConsultationPages(FoiAssistance assistance, DirectoryLookup directory, FormSubmission forms) {
        this.assistance = assistance;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, AUDITOR}, personalData = true)
    String show(Actor actor, @PathVariable UUID id, Model model) {
        ConsultationView view = assistance.consultation(actor, id);
        if (actor.belongsTo(view.request().organisationId())) {
            return "redirect:/foi/requests/" + view.request().id();
        }
        return view(actor, model, view, "foi/consultation", null);
    }

    @GetMapping("/response")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    String respondForm(Actor actor, @PathVariable UUID id, Model model) {
        return view(actor, model, assistance.consultation(actor, id), "foi/respond", new FoiForms.RespondForm());
    }

    @PostMapping("/response")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    String respond(Actor actor, @PathVariable UUID id, @ModelAttribute("form") FoiForms.RespondForm form, BindingResult binding, Model model,
                   RedirectAttributes redirect) {
        ConsultationView view = assistance.consultation(actor, id);
        return forms.submit(binding, () -> {
            ConsultationView answered = assistance.respond(actor, id, form.toCommand());
            redirect.addFlashAttribute("success", answered.consultation().completed() ? "Your response has been sent"
                    : "Your response has been sent. Complete the data exchange by " + date(answered));
            return "redirect:/foi/consultations/" + id;
        }, () -> view(actor, model, view, "foi/respond", form));
    }

    @GetMapping("/exchange")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    String exchangeForm(Actor actor, @PathVariable UUID id, Model model) {
        return view(actor, model, assistance.consultation(actor, id), "foi/exchange", new FoiForms.ExchangeForm());
    }

    @PostMapping("/exchange")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    String exchange(Actor actor, @PathVariable UUID id, @ModelAttribute("form") FoiForms.ExchangeForm form, BindingResult binding, Model model,
                    RedirectAttributes redirect) {
        ConsultationView view = assistance.consultation(actor, id);
        return forms.submit(binding, () -> {
            assistance.completeExchange(actor, id, form.toCommand());
            redirect.addFlashAttribute("success", "Data exchange complete");
            return "redirect:/foi/consultations/" + id;
        }, () -> view(actor, model, view, "foi/exchange", form));
    }

    private static String date(ConsultationView view) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK).format(view.exchangeDueOn());
    }

    private String view(Actor actor, Model model, ConsultationView view, String template, Object form) {
        model.addAttribute("v", view);
        model.addAttribute("c", view.consultation());
        model.addAttribute("r", view.request());
        model.addAttribute("holder", directory.organisation(view.request().organisationId()).map(org.infoshare.directory.Organisation::name).orElse(""));
        model.addAttribute("names", directory.names(java.util.stream.Stream.of(view.consultation().respondedBy(), view.consultation().completedBy())
                .filter(java.util.Objects::nonNull).toList()));
        model.addAttribute("canAct", FoiAssistance.HANDLERS.stream().anyMatch(actor::hasRole) && !view.request().decided());
        model.addAttribute("form", form);
        model.addAttribute("yesNo", List.of(new Option("true", "Yes"), new Option("false", "No")));
        model.addAttribute("exemptionOptions", Arrays.stream(Exemption.values()).filter(e -> e.regime() == view.request().regime())
                .map(e -> new Option(e.name(), e.label())).toList());
        return template;
    }
}
