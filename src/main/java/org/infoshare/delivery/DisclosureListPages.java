package org.infoshare.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.decision.AuthorisedShare;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.RecordDigests;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.access.RolesAllowed;
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

import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/** The inbox, the sent list and the share decisions ready to disclose, a page at a time, with their filters in the query string (ADR 0017). */
@Controller
class DisclosureListPages {

    /** Notices shown beside the inbox; the rest are a page of their own. */
    private static final int NOTICES_SHOWN = 10;
    /** Share decisions ready to disclose shown above the sent list; the rest are a page of their own. */
    private static final int SHARES_SHOWN = 10;

    private final Inbox inbox;
    private final DisclosureLists lists;
    private final DeliveryNotices notices;
    private final DisclosureLabels labels;
    private final FormSubmission forms;
    private final Clock clock;
    /** Whether each disclosure listed is still as the ledger recorded it (ADR 0063). */
    private final RecordDigests digests;

    DisclosureListPages(Inbox inbox, DisclosureLists lists, DeliveryNotices notices, DisclosureLabels labels,
                        FormSubmission forms, Clock clock, RecordDigests digests) {
        this.digests = digests;
        this.inbox = inbox;
        this.lists = lists;
        this.notices = notices;
        this.labels = labels;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/inbox")
    @SignedIn
    String inbox(Actor actor, @ModelAttribute("filter") ListFilterForm filter, BindingResult binding, HttpServletRequest request, Model model) {
        model.addAttribute("today", UkCalendar.today(clock));
        model.addAttribute("notices", notices.received(actor, ListFilter.NONE, PageRequest.of(1, NOTICES_SHOWN)));
        options(actor, model);
        return forms.submit(binding, filter::toQuery, query -> {
            Page<Inbox.Entry> page = inbox.page(actor, query.filter(), query.page());
            model.addAttribute("names", labels.names(page.items().stream().map(Inbox.Entry::disclosure).toList()));
            model.addAttribute("entries", page.items());
            model.addAttribute("notAsRecorded", notAsRecorded(page.items().stream().map(Inbox.Entry::disclosure).toList()));
            model.addAttribute("pagination", Pagination.of(page, request));
            return "disclosures/inbox";
        }, () -> "disclosures/inbox");
    }

    @GetMapping("/sent")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String sent(Actor actor, @ModelAttribute("filter") ListFilterForm filter, BindingResult binding, HttpServletRequest request, Model model) {
        Page<AuthorisedShare> ready = lists.shareDecisions(actor, DisclosureLists.STILL_TO_DISCLOSE, PageRequest.of(1, SHARES_SHOWN));
        List<AuthorisedShare> shares = ready.items();
        model.addAttribute("shares", shares);
        model.addAttribute("sharesTotal", ready.total());
        model.addAttribute("noticesToDeliver", notices.toDeliver(actor).size());
        model.addAttribute("names", labels.names(List.of()));
        model.addAttribute("subjects", labels.subjects(actor, shares.stream().map(AuthorisedShare::subjectId).toList()));
        options(actor, model);
        return forms.submit(binding, filter::toQuery, query -> {
            Page<Disclosure> page = lists.sent(actor, query.filter(), query.page());
            List<UUID> subjectIds = new ArrayList<>(page.items().stream().map(Disclosure::subjectId).toList());
            shares.stream().map(AuthorisedShare::subjectId).forEach(subjectIds::add);
            model.addAttribute("names", labels.names(page.items()));
            model.addAttribute("subjects", labels.subjects(actor, subjectIds));
            model.addAttribute("disclosures", page.items());
            model.addAttribute("notAsRecorded", notAsRecorded(page.items()));
            model.addAttribute("pagination", Pagination.of(page, request));
            return "disclosures/sent";
        }, () -> "disclosures/sent");
    }

    /**
     * Every share decision still to be carried out by a disclosure, newest first, a page at a time: a decision made long
     * ago is here however many were made since (ADR 0017).
     */
    @GetMapping("/sent/share-decisions")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String shareDecisions(Actor actor, @ModelAttribute("filter") ListFilterForm filter, BindingResult binding, HttpServletRequest request,
                          Model model) {
        options(actor, model);
        return forms.submit(binding, filter::toQuery, query -> {
            ListFilter asked = query.filter();
            Page<AuthorisedShare> page = lists.shareDecisions(actor, new ListFilter(asked.person(), DisclosureLists.STILL_TO_DISCLOSE.status(),
                    null, asked.organisation(), asked.from(), asked.to()), query.page());
            model.addAttribute("shares", page.items());
            model.addAttribute("subjects", labels.subjects(actor, page.items().stream().map(AuthorisedShare::subjectId).toList()));
            model.addAttribute("pagination", Pagination.of(page, request));
            return "disclosures/share-decisions";
        }, () -> "disclosures/share-decisions");
    }

    /** The filter's choices; and, until a page is read, every organisation's name. */
    private void options(Actor actor, Model model) {
        Map<UUID, String> names = labels.names(List.of());
        model.addAttribute("names", names);
        model.addAttribute("states", Option.of(DisclosureLists.STATES));
        model.addAttribute("urgencies", Option.of(DisclosureLists.URGENCIES));
        model.addAttribute("organisations", ListFilterForm.otherOrganisations(names, actor.organisationId()));
    }

    /** The disclosures of a page that are not as the ledger recorded them, judged in one query. */
    private Set<UUID> notAsRecorded(List<Disclosure> listed) {
        return digests.check(ProtectedRecords.DISCLOSURE, listed.stream().map(Disclosure::id).toList()).keySet();
    }
}
