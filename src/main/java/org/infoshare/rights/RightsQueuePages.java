package org.infoshare.rights;

import org.infoshare.rights.rules.ReceivedHow;
import org.infoshare.rights.rules.RequesterCapacity;
import org.infoshare.rights.rules.RightKind;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The rights request queue (overdue first) and recording a request the day it arrives. */
@Controller
@RequestMapping("/rights/requests")
@RolesAllowed(value = {Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR}, personalData = true)
class RightsQueuePages {

    private final RightsRequests requests;
    private final FormSubmission forms;

    RightsQueuePages(RightsRequests requests, FormSubmission forms) {
        this.requests = requests;
        this.forms = forms;
    }

    @GetMapping
    String queue(Actor actor, @RequestParam(defaultValue = "false") boolean all, Model model) {
        model.addAttribute("all", all);
        model.addAttribute("requests", all ? requests.all(actor) : requests.queue(actor));
        model.addAttribute("canWork", actor.hasRole(Role.DATA_PROTECTION_OFFICER));
        return "rights/queue";
    }

    @GetMapping("/new")
    @RolesAllowed(value = {Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN}, personalData = true)
    String newRequest(Model model) {
        return formView(model, new RightsForms.RequestForm());
    }

    @PostMapping("/new")
    @RolesAllowed(value = {Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN}, personalData = true)
    String record(Actor actor, @ModelAttribute("form") RightsForms.RequestForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            RightsRequest request = requests.record(actor, command);
            if (actor.hasRole(Role.DATA_PROTECTION_OFFICER)) {
                redirect.addFlashAttribute("success", "Request " + request.reference() + " recorded");
                return "redirect:/rights/requests/" + request.id();
            }
            redirect.addFlashAttribute("success", "Request " + request.reference() + " recorded. Your Data Protection Officer will deal with it:"
                    + " give the person this reference.");
            return "redirect:/rights/requests/new";
        }, () -> formView(model, form));
    }

    private String formView(Model model, RightsForms.RequestForm form) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", Option.of(RightKind.values(), k -> k.label() + ": " + k.description().substring(0, 1).toLowerCase()
                + k.description().substring(1)));
        model.addAttribute("ways", Option.of(ReceivedHow.values(), ReceivedHow::label));
        model.addAttribute("capacities", Option.of(RequesterCapacity.values(), RequesterCapacity::label));
        return "rights/request-new";
    }
}
