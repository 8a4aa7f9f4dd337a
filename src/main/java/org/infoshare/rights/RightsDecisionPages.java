package org.infoshare.rights;

import java.util.UUID;

import org.infoshare.rights.rules.Exemption;
import org.infoshare.rights.rules.RequestOutcome;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
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

/** Deciding a rights request (with the exemptions relied on) and closing it. */
@Controller
@RequestMapping("/rights/requests/{id}")
@RolesAllowed(value = Role.DATA_PROTECTION_OFFICER, personalData = true)
class RightsDecisionPages {

    private final RightsRequests requests;
    private final FormSubmission forms;

    RightsDecisionPages(RightsRequests requests, FormSubmission forms) {
        this.requests = requests;
        this.forms = forms;
    }

    @GetMapping("/decision")
    String decideForm(Actor actor, @PathVariable UUID id, Model model) {
        return decideView(actor, id, model, new RightsForms.DecideForm());
    }

    @PostMapping("/decision")
    String decide(Actor actor, @PathVariable UUID id, @ModelAttribute("form") RightsForms.DecideForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            RightsRequest request = requests.decide(actor, id, command);
            redirect.addFlashAttribute("success", "Decision recorded: " + request.decision().outcome().label().toLowerCase());
            return "redirect:/rights/requests/" + id;
        }, () -> decideView(actor, id, model, form));
    }

    @GetMapping("/closure")
    String closeForm(Actor actor, @PathVariable UUID id, Model model) {
        return closeView(actor, id, model, new RightsForms.CloseForm());
    }

    @PostMapping("/closure")
    String close(Actor actor, @PathVariable UUID id, @ModelAttribute("form") RightsForms.CloseForm form, BindingResult binding, Model model,
                 RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            requests.close(actor, id, command);
            redirect.addFlashAttribute("success", "Request closed");
            return "redirect:/rights/requests/" + id;
        }, () -> closeView(actor, id, model, form));
    }

    private String decideView(Actor actor, UUID id, Model model, RightsForms.DecideForm form) {
        RightsRequest request = requests.open(actor, id);
        model.addAttribute("r", request);
        model.addAttribute("form", form);
        model.addAttribute("outcomes", Option.of(RequestOutcome.values(), RequestOutcome::label));
        model.addAttribute("exemptionOptions", Exemption.forRight(request.kind()).stream()
                .map(e -> new Option(e.name(), e.label() + " (" + e.citation() + ")")).toList());
        return "rights/decide";
    }

    private String closeView(Actor actor, UUID id, Model model, RightsForms.CloseForm form) {
        model.addAttribute("r", requests.find(actor, id));
        model.addAttribute("form", form);
        return "rights/close";
    }
}
