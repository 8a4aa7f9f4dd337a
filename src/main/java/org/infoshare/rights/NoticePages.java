package org.infoshare.rights;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.RecordDigests;
import org.infoshare.rights.rules.Exemption;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Page;
import org.infoshare.shared.Role;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The propagation tracker: notices the organisation received, answered here, and (with {@code sent}) those it sent and
 * their answers; each a page at a time with its filter (ADR 0017).
 */
@Controller
@RequestMapping("/rights/notices")
@RolesAllowed(value = {Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR}, personalData = true)
class NoticePages {

    private final Notices notices;
    private final DirectoryLookup directory;
    private final FormSubmission forms;
    private final RecordDigests digests;

    NoticePages(Notices notices, DirectoryLookup directory, FormSubmission forms, RecordDigests digests) {
        this.digests = digests;
        this.notices = notices;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping
    String tracker(Actor actor, @RequestParam(defaultValue = "false") boolean sent, @ModelAttribute("filter") NoticeFilterForm filter,
                   BindingResult binding, HttpServletRequest request, Model model) {
        boolean showSent = sent && Notices.oversees(actor);
        model.addAttribute("showSent", showSent);
        model.addAttribute("oversees", Notices.oversees(actor));
        model.addAttribute("statuses", Option.of(Notices.STATUSES));
        model.addAttribute("kinds", Option.of(Notices.KINDS));
        model.addAttribute("organisations", ListFilterForm.otherOrganisations(directory.names(List.of()), actor.organisationId()));
        return forms.submit(binding, filter::toQuery, query -> {
            Page<Notices.Tracked> page = showSent ? notices.sent(actor, filter.getKind(), query.filter(), query.page())
                    : notices.received(actor, filter.getKind(), query.filter(), query.page());
            List<UUID> ids = new ArrayList<>();
            page.items().forEach(t -> addresses(t.notice(), ids));
            model.addAttribute("names", directory.names(ids));
            model.addAttribute("notices", page.items());
            model.addAttribute("notAsRecorded", digests.check(ProtectedRecords.RIGHTS_NOTICE,
                    page.items().stream().map(t -> t.notice().id()).toList()).keySet());
            model.addAttribute("pagination", Pagination.of(page, request));
            return "rights/notices";
        }, () -> "rights/notices");
    }

    /** The list's filter (ADR 0017) and the kind of notice. */
    public static class NoticeFilterForm extends ListFilterForm {
        private String kind = "";

        @Override
        public boolean narrowed() {
            return super.narrowed() || !kind.isBlank();
        }

        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind == null ? "" : kind; }
    }

    @GetMapping("/{id}")
    String notice(Actor actor, @PathVariable UUID id, Model model) {
        return view(actor, id, model, new NoticeForms.ConfirmForm());
    }

    @PostMapping("/{id}")
    String confirm(Actor actor, @PathVariable UUID id, @ModelAttribute("form") NoticeForms.ConfirmForm form, BindingResult binding, Model model,
                   RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            RightsNotice notice = notices.confirm(actor, id, command);
            redirect.addFlashAttribute("success", "Your answer is sent: " + notice.outcome().label().toLowerCase());
            return "redirect:/rights/notices/" + id;
        }, () -> view(actor, id, model, form));
    }

    private String view(Actor actor, UUID id, Model model, NoticeForms.ConfirmForm form) {
        Notices.Tracked tracked = notices.notice(actor, id);
        RightsNotice notice = tracked.notice();
        List<UUID> ids = new ArrayList<>();
        addresses(notice, ids);
        model.addAttribute("t", tracked);
        model.addAttribute("n", notice);
        model.addAttribute("integrity", digests.check(ProtectedRecords.RIGHTS_NOTICE, notice.id()).orElse(null));
        model.addAttribute("names", directory.names(ids));
        model.addAttribute("answerable", !notice.confirmed() && actor.belongsTo(notice.recipientOrganisationId()));
        model.addAttribute("form", form);
        model.addAttribute("outcomes", notice.kind().allowed().stream().sorted().map(o -> new Option(o.name(), o.label())).toList());
        model.addAttribute("exemptionOptions", java.util.Arrays.stream(Exemption.values())
                .map(e -> new Option(e.name(), e.label() + " (" + e.citation() + ")")).toList());
        return "rights/notice";
    }

    private static void addresses(RightsNotice n, List<UUID> ids) {
        ids.add(n.senderOrganisationId());
        ids.add(n.recipientOrganisationId());
        if (n.recipientTeamId() != null) {
            ids.add(n.recipientTeamId());
        }
        if (n.recipientUserId() != null) {
            ids.add(n.recipientUserId());
        }
    }
}
