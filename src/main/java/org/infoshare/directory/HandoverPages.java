package org.infoshare.directory;

import java.util.UUID;

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

import static org.infoshare.shared.Role.PARTNERSHIP_ADMINISTRATOR;

/**
 * Handing over what someone whose access has ended left behind, when nobody took it over as it ended (ADR 0016):
 * the administrator sees what is left and chooses the colleague.
 */
@Controller
@RequestMapping("/staff/{id}/handover")
class HandoverPages {

    private final StaffAdministration staff;
    private final FormSubmission forms;

    HandoverPages(StaffAdministration staff, FormSubmission forms) {
        this.staff = staff;
        this.forms = forms;
    }

    @GetMapping
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    String show(Actor actor, @PathVariable UUID id, Model model) {
        return view(actor, model, staff.member(actor, id), new DirectoryForms.HandOverForm());
    }

    @PostMapping
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    String handOver(Actor actor, @PathVariable UUID id, @ModelAttribute("form") DirectoryForms.HandOverForm form, BindingResult binding,
                    Model model, RedirectAttributes redirect) {
        StaffMember member = staff.member(actor, id);
        return forms.submit(binding, () -> {
            staff.handOver(actor, id, form.toCommand());
            redirect.addFlashAttribute("success", "What " + member.displayName() + " left behind has been handed over. Whoever takes it over is told it is waiting.");
            return "redirect:/staff/" + id;
        }, () -> view(actor, model, member, form));
    }

    private String view(Actor actor, Model model, StaffMember member, DirectoryForms.HandOverForm form) {
        LeftBehindView left = staff.leftBehind(actor, member.id());
        model.addAttribute("left", left);
        model.addAttribute("colleagues", left.colleagues().stream().map(c -> new Option(c.id().toString(), c.name())).toList());
        model.addAttribute("member", member);
        model.addAttribute("form", form);
        return "directory/staff-handover";
    }
}
