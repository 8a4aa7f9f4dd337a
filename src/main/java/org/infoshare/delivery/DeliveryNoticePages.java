package org.infoshare.delivery;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Page;
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

import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;
import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/** The consent withdrawal notices received and those delivered, a page at a time, with their filters in the query string (ADR 0017). */
@Controller
class DeliveryNoticePages {

    private final DeliveryNotices notices;
    private final DirectoryLookup directory;
    private final FormSubmission forms;

    DeliveryNoticePages(DeliveryNotices notices, DirectoryLookup directory, FormSubmission forms) {
        this.notices = notices;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping("/inbox/notices")
    @SignedIn
    String received(Actor actor, @ModelAttribute("filter") ListFilterForm filter, BindingResult binding, HttpServletRequest request, Model model) {
        options(actor, model, false);
        return forms.submit(binding, filter::toQuery, query -> {
            Page<DeliveryNotice> page = notices.received(actor, query.filter(), query.page());
            model.addAttribute("notices", page.items());
            model.addAttribute("pagination", Pagination.of(page, request));
            return "disclosures/notices";
        }, () -> "disclosures/notices");
    }

    @GetMapping("/withdrawal-notices/delivered")
    @RolesAllowed({PRACTITIONER, MANAGER, DATA_PROTECTION_OFFICER})
    String delivered(Actor actor, @ModelAttribute("filter") ListFilterForm filter, BindingResult binding, HttpServletRequest request, Model model) {
        options(actor, model, true);
        return forms.submit(binding, filter::toQuery, query -> {
            Page<DeliveryNotice> page = notices.delivered(actor, query.filter(), query.page());
            model.addAttribute("notices", page.items());
            model.addAttribute("pagination", Pagination.of(page, request));
            return "disclosures/notices";
        }, () -> "disclosures/notices");
    }

    private void options(Actor actor, Model model, boolean delivered) {
        Map<UUID, String> names = directory.names(java.util.List.of());
        model.addAttribute("delivered", delivered);
        model.addAttribute("names", names);
        model.addAttribute("statuses", Option.of(DeliveryNotices.STATUSES));
        model.addAttribute("organisations", ListFilterForm.otherOrganisations(names, actor.organisationId()));
    }
}
