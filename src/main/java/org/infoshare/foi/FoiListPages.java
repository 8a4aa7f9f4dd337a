package org.infoshare.foi;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.web.FormSubmission;
import org.infoshare.web.ListFilterForm;
import org.infoshare.web.Option;
import org.infoshare.web.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import static org.infoshare.shared.Role.AUDITOR;
import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;

/**
 * The FOI assistance page: the first page of what partners asked of the organisation, those still owing something
 * first, then the requests the organisation asked partners to help with; and every consultation received
 * ({@code /foi/consultations}). Each a page at a time with its filter in the query string (ADR 0017).
 */
@Controller
class FoiListPages {

    private final FoiAssistance assistance;
    private final DirectoryLookup directory;
    private final FormSubmission forms;

    FoiListPages(FoiAssistance assistance, DirectoryLookup directory, FormSubmission forms) {
        this.assistance = assistance;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping("/foi")
    @RolesAllowed({DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, AUDITOR})
    String list(Actor actor, @ModelAttribute("filter") ListFilterForm filter, BindingResult binding, HttpServletRequest request, Model model) {
        Map<UUID, String> names = directory.names(List.of());
        Page<ConsultationView> received = assistance.received(actor, ListFilter.NONE, PageRequest.of(1, ListFilterForm.PAGE_SIZE));
        model.addAttribute("received", received.items());
        model.addAttribute("receivedTotal", received.total());
        model.addAttribute("names", names);
        model.addAttribute("canAsk", FoiAssistance.HANDLERS.stream().anyMatch(actor::hasRole));
        model.addAttribute("statuses", Option.of(FoiAssistance.STATUSES));
        model.addAttribute("organisations", ListFilterForm.otherOrganisations(names, actor.organisationId()));
        return forms.submit(binding, filter::toQuery, query -> {
            Page<FoiRequest> page = assistance.sent(actor, query.filter(), query.page());
            model.addAttribute("sent", page.items());
            model.addAttribute("pagination", Pagination.of(page, request));
            return "foi/list";
        }, () -> "foi/list");
    }

    @GetMapping("/foi/consultations")
    @RolesAllowed({DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, AUDITOR})
    String consultations(Actor actor, @ModelAttribute("filter") ListFilterForm filter, BindingResult binding, HttpServletRequest request,
                         Model model) {
        Map<UUID, String> names = directory.names(List.of());
        model.addAttribute("names", names);
        model.addAttribute("statuses", Option.of(FoiAssistance.CONSULTATION_STATUSES));
        model.addAttribute("organisations", ListFilterForm.otherOrganisations(names, actor.organisationId()));
        return forms.submit(binding, filter::toQuery, query -> {
            Page<ConsultationView> page = assistance.received(actor, query.filter(), query.page());
            model.addAttribute("received", page.items());
            model.addAttribute("pagination", Pagination.of(page, request));
            return "foi/consultations";
        }, () -> "foi/consultations");
    }
}
