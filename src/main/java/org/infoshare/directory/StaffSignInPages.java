package org.infoshare.directory;

import java.util.UUID;

import org.infoshare.shared.Actor;
import org.infoshare.shared.access.RolesAllowed;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.infoshare.shared.Role.PARTNERSHIP_ADMINISTRATOR;

/** An administrator helps someone who cannot sign in: unlocks their account, or resets their second step. */
@Controller
@RequestMapping("/staff/{id}")
@RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
class StaffSignInPages {

    private final StaffAdministration staff;
    private final AccountLocks locks;
    private final TwoStepSignIn twoStep;

    StaffSignInPages(StaffAdministration staff, AccountLocks locks, TwoStepSignIn twoStep) {
        this.staff = staff;
        this.locks = locks;
        this.twoStep = twoStep;
    }

    @PostMapping("/unlock")
    String unlock(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        StaffMember member = locks.unlock(actor, id);
        redirect.addFlashAttribute("success", member.displayName() + "'s account is unlocked");
        return "redirect:/staff/" + id;
    }

    @GetMapping("/second-step/reset")
    String confirmReset(Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("member", staff.member(actor, id));
        return "directory/staff-second-step-reset";
    }

    @PostMapping("/second-step/reset")
    String reset(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        StaffMember member = twoStep.reset(actor, id);
        redirect.addFlashAttribute("success", member.displayName() + "'s second step of signing in has been reset. "
                + "Their sessions have ended.");
        return "redirect:/staff/" + id;
    }
}
