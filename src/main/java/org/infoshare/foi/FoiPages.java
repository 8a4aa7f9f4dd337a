package org.infoshare.foi;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.infoshare.directory.DirectoryLookup;
import org.infoshare.foi.rules.Ask;
import org.infoshare.foi.rules.Exemption;
import org.infoshare.foi.rules.FinalDecision;
import org.infoshare.foi.rules.Regime;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.infoshare.shared.Role.AUDITOR;
import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;

/** The holder's side of FOI assistance in the browser: asking partners, following their answers, deciding. */
@Controller
class FoiPages {

    private final FoiAssistance assistance;
    private final DirectoryLookup directory;
    private final FormSubmission forms;

    FoiPages(FoiAssistance assistance, DirectoryLookup directory, FormSubmission forms) {
        this.assistance = assistance;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping("/foi/new")
    @RolesAllowed({DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN})
    String askForm(Actor actor, Model model) {
        return askView(actor, model, new FoiForms.AskForm());
    }

    @PostMapping("/foi/new")
    @RolesAllowed({DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN})
    String ask(Actor actor, @ModelAttribute("form") FoiForms.AskForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            FoiRequest request = assistance.ask(actor, command);
            redirect.addFlashAttribute("success", request.reference() + " sent to " + command.partners().size()
                    + (command.partners().size() == 1 ? " organisation" : " organisations"));
            return "redirect:/foi/requests/" + request.id();
        }, () -> askView(actor, model, form));
    }

    private String askView(Actor actor, Model model, FoiForms.AskForm form) {
        model.addAttribute("form", form);
        model.addAttribute("regimes", Option.of(Regime.values(), Regime::label));
        model.addAttribute("askOptions", Option.of(Ask.values(), Ask::label));
        model.addAttribute("partnerOptions", directory.organisations().stream().filter(o -> !o.id().equals(actor.organisationId()))
                .map(o -> new Option(o.id().toString(), o.name())).toList());
        return "foi/new";
    }

    @GetMapping("/foi/requests/{id}")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, AUDITOR}, personalData = true)
    String request(Actor actor, @PathVariable UUID id, Model model) {
        return requestView(actor, id, model, new FoiForms.DecideForm(), false);
    }

    private String requestView(Actor actor, UUID id, Model model, FoiForms.DecideForm form, boolean deciding) {
        FoiRequest request = assistance.requestRecord(actor, id);
        List<ConsultationView> consultations = assistance.request(actor, id);
        model.addAttribute("r", request);
        model.addAttribute("consultations", consultations);
        model.addAttribute("names", directory.names(consultations.stream().flatMap(c -> java.util.stream.Stream.of(
                c.consultation().respondedBy(), c.consultation().completedBy())).filter(java.util.Objects::nonNull).toList()));
        model.addAttribute("canAct", FoiAssistance.HANDLERS.stream().anyMatch(actor::hasRole));
        model.addAttribute("form", form);
        model.addAttribute("decisions", Option.of(FinalDecision.values(), FinalDecision::label));
        model.addAttribute("exemptionOptions", Arrays.stream(Exemption.values()).filter(e -> e.regime() == request.regime())
                .map(e -> new Option(e.name(), e.label())).toList());
        return deciding ? "foi/decide" : "foi/request";
    }

    @GetMapping("/foi/requests/{id}/decision")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    String decideForm(Actor actor, @PathVariable UUID id, Model model) {
        return requestView(actor, id, model, new FoiForms.DecideForm(), true);
    }

    @PostMapping("/foi/requests/{id}/decision")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    String decide(Actor actor, @PathVariable UUID id, @ModelAttribute("form") FoiForms.DecideForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        return forms.submit(binding, () -> {
            FoiRequest decided = assistance.decide(actor, id, form.toCommand());
            redirect.addFlashAttribute("success", "Decision recorded: " + decided.decision().label().toLowerCase(java.util.Locale.UK));
            return "redirect:/foi/requests/" + id;
        }, () -> requestView(actor, id, model, form, true));
    }

    @PostMapping("/foi/consultations/{id}/reminder")
    @RolesAllowed({DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN})
    String remind(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        ConsultationView view = assistance.consultation(actor, id);
        assistance.remind(actor, id);
        redirect.addFlashAttribute("success", "Reminder sent to " + directory.organisation(view.consultation().organisationId())
                .map(org.infoshare.directory.Organisation::name).orElse("the organisation"));
        return "redirect:/foi/requests/" + view.request().id();
    }
}
