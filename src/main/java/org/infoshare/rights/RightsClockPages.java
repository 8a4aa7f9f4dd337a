package org.infoshare.rights;

import java.util.UUID;

import org.infoshare.rights.rules.ExtensionReason;
import org.infoshare.rights.rules.PauseReason;
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

/** The statutory clock of one request: stopped while identity or clarification is awaited, restarted, extended. */
@Controller
@RequestMapping("/rights/requests/{id}")
@RolesAllowed(value = Role.DATA_PROTECTION_OFFICER, personalData = true)
class RightsClockPages {

    private final RightsRequests requests;
    private final FormSubmission forms;

    RightsClockPages(RightsRequests requests, FormSubmission forms) {
        this.requests = requests;
        this.forms = forms;
    }

    @GetMapping("/pause")
    String pauseForm(Actor actor, @PathVariable UUID id, Model model) {
        return pauseView(actor, id, model, new RightsForms.PauseForm());
    }

    @PostMapping("/pause")
    String pause(Actor actor, @PathVariable UUID id, @ModelAttribute("form") RightsForms.PauseForm form, BindingResult binding, Model model,
                 RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            requests.pause(actor, id, command);
            redirect.addFlashAttribute("success", "The clock is stopped until what you asked for arrives");
            return "redirect:/rights/requests/" + id;
        }, () -> pauseView(actor, id, model, form));
    }

    @GetMapping("/resumption")
    String resumeForm(Actor actor, @PathVariable UUID id, Model model) {
        return resumeView(actor, id, model, new RightsForms.ResumeForm());
    }

    @PostMapping("/resumption")
    String resume(Actor actor, @PathVariable UUID id, @ModelAttribute("form") RightsForms.ResumeForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            RightsRequest request = requests.resume(actor, id, command);
            redirect.addFlashAttribute("success", "The clock has restarted: respond by "
                    + Dates.text(requests.request(actor, request.id()).clock().dueOn()));
            return "redirect:/rights/requests/" + id;
        }, () -> resumeView(actor, id, model, form));
    }

    @GetMapping("/extension")
    String extendForm(Actor actor, @PathVariable UUID id, Model model) {
        return extendView(actor, id, model, new RightsForms.ExtendForm());
    }

    @PostMapping("/extension")
    String extend(Actor actor, @PathVariable UUID id, @ModelAttribute("form") RightsForms.ExtendForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            requests.extend(actor, id, command);
            redirect.addFlashAttribute("success", "Deadline extended: respond by " + Dates.text(requests.request(actor, id).clock().dueOn()));
            return "redirect:/rights/requests/" + id;
        }, () -> extendView(actor, id, model, form));
    }

    private String pauseView(Actor actor, UUID id, Model model, RightsForms.PauseForm form) {
        model.addAttribute("r", requests.open(actor, id));
        model.addAttribute("form", form);
        model.addAttribute("reasons", Option.of(PauseReason.values(), PauseReason::label));
        return "rights/pause";
    }

    private String resumeView(Actor actor, UUID id, Model model, RightsForms.ResumeForm form) {
        model.addAttribute("r", requests.open(actor, id));
        model.addAttribute("form", form);
        return "rights/resume";
    }

    private String extendView(Actor actor, UUID id, Model model, RightsForms.ExtendForm form) {
        RightsRequests.Queued queued = requests.request(actor, id);
        model.addAttribute("r", requests.open(actor, id));
        model.addAttribute("dueOn", queued.clock().dueOn());
        model.addAttribute("form", form);
        model.addAttribute("reasons", Option.of(ExtensionReason.values(), ExtensionReason::label));
        return "rights/extend";
    }
}
