package org.infoshare.rights;

import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.rights.rules.ReceivedHow;
import org.infoshare.rights.rules.RequesterCapacity;
import org.infoshare.rights.rules.RightKind;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.RecordDigests;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The rights request queue (overdue first), a page at a time with its filter (ADR 0017), and recording a request the day it arrives. */
@Controller
@RequestMapping("/rights/requests")
@RolesAllowed(value = {Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR}, personalData = true)
class RightsQueuePages {

    private final RightsRequests requests;
    private final FormSubmission forms;

    /** Whether each request listed is still as the ledger recorded it (ADR 0063). */
    private final RecordDigests digests;

    RightsQueuePages(RightsRequests requests, FormSubmission forms, RecordDigests digests) {
        this.digests = digests;
        this.requests = requests;
        this.forms = forms;
    }

    @GetMapping
    String queue(Actor actor, @RequestParam(defaultValue = "false") boolean all, @ModelAttribute("filter") QueueFilterForm filter,
                 BindingResult binding, HttpServletRequest request, Model model) {
        model.addAttribute("all", all);
        model.addAttribute("canWork", actor.hasRole(Role.DATA_PROTECTION_OFFICER));
        model.addAttribute("statuses", Option.of(all ? RightsRequests.STATUSES : RightsRequests.QUEUE_STATUSES));
        model.addAttribute("kinds", Option.of(RightsRequests.KINDS));
        return forms.submit(binding, filter::toQuery, query -> {
            Page<RightsRequests.Queued> page = requests.page(actor, all, filter.getKind(), query.filter(), query.page());
            model.addAttribute("requests", page.items());
            model.addAttribute("notAsRecorded", digests.check(ProtectedRecords.RIGHTS_REQUEST,
                    page.items().stream().map(q -> q.request().id()).toList()).keySet());
            model.addAttribute("pagination", Pagination.of(page, request));
            return "rights/queue";
        }, () -> "rights/queue");
    }

    /** The list's filter (ADR 0017) and what the request asks for. */
    public static class QueueFilterForm extends ListFilterForm {
        private String kind = "";

        @Override
        public boolean narrowed() {
            return super.narrowed() || !kind.isBlank();
        }

        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind == null ? "" : kind; }
    }

    @GetMapping("/new")
    @RolesAllowed(value = {Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN}, personalData = true)
    String newRequest(Model model) {
        return formView(model, new RightsForms.RequestForm());
    }

    @PostMapping("/new")
    @RolesAllowed(value = {Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN}, personalData = true)
    String record(Actor actor, @ModelAttribute("form") RightsForms.RequestForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            RightsRequest request = requests.record(actor, command);
            if (actor.hasRole(Role.DATA_PROTECTION_OFFICER)) {
                redirect.addFlashAttribute("success", "Request " + request.reference() + " recorded");
                return "redirect:/rights/requests/" + request.id();
            }
            redirect.addFlashAttribute("success", "Request " + request.reference() + " recorded. Your Data Protection Officer will deal with it:"
                    + " give the person this reference.");
            return "redirect:/rights/requests/new";
        }, () -> formView(model, form));
    }

    private String formView(Model model, RightsForms.RequestForm form) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", Option.of(RightKind.values(), k -> k.label() + ": " + k.description().substring(0, 1).toLowerCase()
                + k.description().substring(1)));
        model.addAttribute("ways", Option.of(ReceivedHow.values(), ReceivedHow::label));
        model.addAttribute("capacities", Option.of(RequesterCapacity.values(), RequesterCapacity::label));
        return "rights/request-new";
    }
}
