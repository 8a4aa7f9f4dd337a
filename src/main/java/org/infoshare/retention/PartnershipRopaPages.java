package org.infoshare.retention;

import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The partnership's record of processing activities: every agreement's processing, all parties together, and as CSV. */
@Controller
@RolesAllowed(value = {Role.PARTNERSHIP_ADMINISTRATOR, Role.AUDITOR})
class PartnershipRopaPages {

    private final Ropa ropa;

    PartnershipRopaPages(Ropa ropa) {
        this.ropa = ropa;
    }

    @GetMapping("/retention/ropa/partnership")
    String page(Actor actor, Model model) {
        model.addAttribute("entries", ropa.ofPartnership(actor));
        model.addAttribute("partnership", true);
        return "retention/ropa";
    }

    @GetMapping("/retention/ropa/partnership.csv")
    ResponseEntity<String> csv(Actor actor) {
        return csvOf(ropa, actor);
    }

    static ResponseEntity<String> csvOf(Ropa ropa, Actor actor) {
        return ResponseEntity.ok().contentType(RopaPages.CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"partnership-record-of-processing.csv\"")
                .body(RopaEntry.csv(ropa.ofPartnership(actor)));
    }
}
