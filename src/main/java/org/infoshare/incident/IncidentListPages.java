package org.infoshare.incident;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.RecordDigests;
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
 * The incidents page: the organisation's register a page at a time with its filter in the query string (ADR 0017),
 * open incidents only until another status is asked for, then those told to the organisation and those the reader
 * reported, the newest of each.
 */
@Controller
class IncidentListPages {

    /** The most of those told to the organisation, and of the reader's own reports, the page shows; the API pages through all. */
    static final int NEWEST = 100;

    private final Incidents incidents;
    private final DirectoryLookup directory;
    private final FormSubmission forms;

    /** Whether each incident listed is still as the ledger recorded it (ADR 0063). */
    private final RecordDigests digests;

    IncidentListPages(Incidents incidents, DirectoryLookup directory, FormSubmission forms, RecordDigests digests) {
        this.digests = digests;
        this.incidents = incidents;
        this.directory = directory;
        this.forms = forms;
    }

    /** One line of a list of incidents; marked when it is not as the ledger recorded it. */
    record Row(Incident incident, IncidentClock clock, String organisation, boolean notAsRecorded) {
    }

    @GetMapping("/incidents")
    @SignedIn
    String list(Actor actor, @ModelAttribute("filter") ListFilterForm filter, BindingResult binding, HttpServletRequest request, Model model) {
        boolean register = IncidentAccess.reads(actor);
        Map<UUID, String> names = directory.names(List.of());
        if (request.getParameter("status") == null && !"all".equals(request.getParameter("show"))) {
            filter.setStatus(Incident.Status.OPEN.name());
        }
        model.addAttribute("canSeeRegister", register);
        model.addAttribute("statuses", Option.of(Incidents.STATUSES));
        model.addAttribute("urgencies", Option.of(Incidents.RISKS));
        Page<Row> mine = rows(incidents.reportedBy(actor, ListFilter.NONE, new PageRequest(1, NEWEST)), names);
        model.addAttribute("mine", mine.items());
        model.addAttribute("mineTotal", mine.total());
        if (!register) {
            return "incidents/list";
        }
        Page<Row> toldToUs = rows(incidents.toldToUs(actor, ListFilter.NONE, new PageRequest(1, NEWEST)), names);
        model.addAttribute("toldToUs", toldToUs.items());
        model.addAttribute("toldToUsTotal", toldToUs.total());
        return forms.submit(binding, filter::toQuery, query -> {
            Page<Incident> page = incidents.register(actor, query.filter(), query.page());
            model.addAttribute("register", rows(page, names).items());
            model.addAttribute("pagination", Pagination.of(page, request));
            return "incidents/list";
        }, () -> "incidents/list");
    }

    /** The lines of a list, its incidents judged in one query. */
    private Page<Row> rows(Page<Incident> page, Map<UUID, String> names) {
        Set<UUID> changed = digests.check(ProtectedRecords.INCIDENT, page.items().stream().map(Incident::id).toList()).keySet();
        return page.map(i -> new Row(i, incidents.clock(i), names.getOrDefault(i.organisationId(), ""), changed.contains(i.id())));
    }
}
