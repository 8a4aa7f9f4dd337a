package org.infoshare.complaint;

import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.access.SignedIn;
import org.infoshare.web.FormSubmission;
import org.infoshare.web.ListFilterForm;
import org.infoshare.web.Option;
import org.infoshare.web.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The complaints page: those the reader is investigating, then the organisation's register a page at a time with
 * its filter in the query string (ADR 0017), open complaints only until another status is asked for.
 */
@Controller
class ComplaintListPages {

    /** The most complaints one person is investigating that the page shows; the register pages through every one. */
    static final int INVESTIGATING = 100;

    private final Complaints complaints;
    private final FormSubmission forms;

    ComplaintListPages(Complaints complaints, FormSubmission forms) {
        this.complaints = complaints;
        this.forms = forms;
    }

    @GetMapping("/complaints")
    @SignedIn
    String list(Actor actor, @ModelAttribute("filter") ListFilterForm filter, BindingResult binding, HttpServletRequest request, Model model) {
        boolean register = Complaints.READERS.stream().anyMatch(actor::hasRole);
        if (request.getParameter("status") == null && !"all".equals(request.getParameter("show"))) {
            filter.setStatus("OPEN");
        }
        model.addAttribute("canSeeRegister", register);
        model.addAttribute("canRecord", Complaints.HANDLERS.stream().anyMatch(actor::hasRole));
        model.addAttribute("statuses", Option.of(Complaints.STATUSES));
        model.addAttribute("investigating", complaints.investigating(actor, ListFilter.NONE, new PageRequest(1, INVESTIGATING)).items());
        model.addAttribute("deadlines", complaints.deadlines(actor.organisationId()));
        if (!register) {
            return "complaints/list";
        }
        return forms.submit(binding, filter::toQuery, query -> {
            Page<ComplaintView> page = complaints.register(actor, query.filter(), query.page());
            model.addAttribute("register", page.items());
            model.addAttribute("pagination", Pagination.of(page, request));
            return "complaints/list";
        }, () -> "complaints/list");
    }
}
