package org.infoshare.decision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Page;
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

import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/** The requests received and the requests sent, a page at a time, with their filters in the query string (ADR 0017). */
@Controller
class RequestListPages {

    private final InformationRequests requests;
    private final DirectoryLookup directory;
    private final FormSubmission forms;

    RequestListPages(InformationRequests requests, DirectoryLookup directory, FormSubmission forms) {
        this.requests = requests;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping("/requests")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String received(Actor actor, @ModelAttribute("filter") ListFilterForm filter, BindingResult binding, HttpServletRequest request, Model model) {
        options(actor, model);
        return forms.submit(binding, filter::toQuery, query -> {
            Page<InformationRequest> page = requests.checked(requests.received(actor, query.filter(), query.page()));
            model.addAttribute("requests", page.items());
            model.addAttribute("pagination", Pagination.of(page, request));
            return "decision/requests";
        }, () -> "decision/requests");
    }

    @GetMapping("/requests/sent")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String sent(Actor actor, @ModelAttribute("filter") ListFilterForm filter, BindingResult binding, HttpServletRequest request, Model model) {
        options(actor, model);
        return forms.submit(binding, filter::toQuery, query -> {
            Page<InformationRequest> page = requests.checked(requests.sent(actor, query.filter(), query.page()));
            model.addAttribute("requests", page.items());
            model.addAttribute("pagination", Pagination.of(page, request));
            return "decision/requests-sent";
        }, () -> "decision/requests-sent");
    }

    private void options(Actor actor, Model model) {
        Map<UUID, String> names = directory.names(List.of());
        model.addAttribute("names", names);
        model.addAttribute("statuses", Option.of(InformationRequests.STATUSES));
        model.addAttribute("urgencies", Option.of(InformationRequests.URGENCIES));
        model.addAttribute("organisations", ListFilterForm.otherOrganisations(names, actor.organisationId()));
    }
}
