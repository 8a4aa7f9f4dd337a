package org.infoshare.oversight;

import org.infoshare.shared.Actor;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.problem.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import static org.infoshare.shared.Role.AUDITOR;
import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;
import static org.infoshare.shared.Role.PARTNERSHIP_ADMINISTRATOR;

/** The compliance dashboard in the browser: the figures, and the list behind each. */
@Controller
class DashboardPages {

    private final ComplianceDashboard dashboard;

    DashboardPages(ComplianceDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/oversight")
    @RolesAllowed({DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, PARTNERSHIP_ADMINISTRATOR, AUDITOR})
    String dashboard(Actor actor, Model model) {
        boolean own = ComplianceDashboard.seesOwn(actor);
        boolean partnership = ComplianceDashboard.seesPartnership(actor);
        model.addAttribute("measures", Measure.values());
        model.addAttribute("own", own ? dashboard.own(actor) : null);
        model.addAttribute("partnershipMeasures", ComplianceDashboard.partnershipMeasures());
        model.addAttribute("partnership", partnership ? dashboard.partnership(actor) : null);
        return "oversight/dashboard";
    }

    @GetMapping("/oversight/lists/{measure}")
    @RolesAllowed({DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN})
    String ownList(Actor actor, @PathVariable String measure, Model model) {
        return list(actor, measure, false, model);
    }

    @GetMapping("/oversight/partnership/{measure}")
    @RolesAllowed({PARTNERSHIP_ADMINISTRATOR, AUDITOR})
    String partnershipList(Actor actor, @PathVariable String measure, Model model) {
        return list(actor, measure, true, model);
    }

    private String list(Actor actor, String slug, boolean partnership, Model model) {
        Measure measure = Measure.bySlug(slug).orElseThrow(() -> new NotFoundException("Measure"));
        model.addAttribute("measure", measure);
        model.addAttribute("partnershipView", partnership);
        model.addAttribute("lines", dashboard.lines(actor, measure, partnership));
        return "oversight/list";
    }
}
