package org.infoshare.retention;

import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The record of processing activities: a page, and the same as CSV for the DPO's own records. */
@Controller
@RolesAllowed(value = {Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR})
class RopaPages {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final Ropa ropa;

    RopaPages(Ropa ropa) {
        this.ropa = ropa;
    }

    @GetMapping("/retention/ropa")
    String page(Actor actor, Model model) {
        model.addAttribute("entries", ropa.of(actor));
        return "retention/ropa";
    }

    @GetMapping("/retention/ropa.csv")
    ResponseEntity<String> csv(Actor actor) {
        return csvOf(ropa, actor);
    }

    static ResponseEntity<String> csvOf(Ropa ropa, Actor actor) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"record-of-processing.csv\"").body(RopaEntry.csv(ropa.of(actor)));
    }
}
