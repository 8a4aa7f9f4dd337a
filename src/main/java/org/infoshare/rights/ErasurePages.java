package org.infoshare.rights;

import java.util.UUID;

import org.infoshare.retention.DisposalCertificate;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.problem.ConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Carrying out a granted erasure: the DPO confirms, and everything held about the person goes through the disposal path. */
@Controller
@RequestMapping("/rights/requests/{id}/erasure")
@RolesAllowed(value = Role.DATA_PROTECTION_OFFICER, personalData = true)
class ErasurePages {

    private final RightsRequests requests;
    private final Erasures erasures;

    ErasurePages(RightsRequests requests, Erasures erasures) {
        this.requests = requests;
        this.erasures = erasures;
    }

    @GetMapping
    String confirm(Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("r", requests.request(actor, id).request());
        return "rights/erasure";
    }

    @PostMapping
    String erase(Actor actor, @PathVariable UUID id, Model model, RedirectAttributes redirect) {
        try {
            DisposalCertificate certificate = erasures.erase(actor, id);
            redirect.addFlashAttribute("success", "Their information is erased: the certificate below says what went, without any of it");
            return "redirect:/retention/disposal/runs/" + certificate.runId();
        } catch (ConflictException e) {
            model.addAttribute("problem", e.violations().get(0).message());
            return confirm(actor, id, model);
        }
    }
}
