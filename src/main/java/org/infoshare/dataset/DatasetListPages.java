package org.infoshare.dataset;

import java.util.ArrayList;
import java.util.List;
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

import static org.infoshare.shared.Role.AUDITOR;
import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;
import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/**
 * The datasets published to the reader's teams ({@code /datasets}) and the organisation's uploads ({@code /datasets/sent}),
 * newest first, a page at a time with their filter in the query string (ADR 0017).
 */
@Controller
class DatasetListPages {

    private final Datasets datasets;
    private final DatasetSpecifications specifications;
    private final DatasetViews views;
    private final DirectoryLookup directory;
    private final FormSubmission forms;

    DatasetListPages(Datasets datasets, DatasetSpecifications specifications, DatasetViews views, DirectoryLookup directory, FormSubmission forms) {
        this.datasets = datasets;
        this.specifications = specifications;
        this.views = views;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping("/datasets")
    @SignedIn
    String received(Actor actor, @ModelAttribute("filter") ListFilterForm filter, BindingResult binding, HttpServletRequest request, Model model) {
        boolean mayUpload = actor.hasAnyRole(PRACTITIONER, MANAGER, DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN);
        model.addAttribute("seesSent", mayUpload || actor.hasRole(AUDITOR));
        model.addAttribute("mayUpload", mayUpload && !specifications.sendableBy(actor).isEmpty());
        options(actor, model);
        return forms.submit(binding, filter::toQuery, query -> {
            Page<DatasetUpload> page = datasets.received(actor, query.filter(), query.page());
            show(page, request, model);
            return "datasets/list";
        }, () -> "datasets/list");
    }

    @GetMapping("/datasets/sent")
    @RolesAllowed({PRACTITIONER, MANAGER, DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, AUDITOR})
    String sent(Actor actor, @ModelAttribute("filter") ListFilterForm filter, BindingResult binding, HttpServletRequest request, Model model) {
        options(actor, model);
        model.addAttribute("statuses", Option.of(UploadStatus.values(), UploadStatus::label));
        return forms.submit(binding, filter::toQuery, query -> {
            Page<DatasetUpload> page = datasets.sent(actor, query.filter(), query.page());
            show(page, request, model);
            return "datasets/sent";
        }, () -> "datasets/sent");
    }

    private void options(Actor actor, Model model) {
        Map<UUID, String> organisations = directory.names(List.of());
        model.addAttribute("names", organisations);
        model.addAttribute("organisations", ListFilterForm.otherOrganisations(organisations, actor.organisationId()));
    }

    private void show(Page<DatasetUpload> page, HttpServletRequest request, Model model) {
        List<UUID> named = new ArrayList<>();
        page.items().forEach(u -> named.addAll(List.of(u.senderOrganisationId(), u.recipientOrganisationId(), u.recipientTeamId(), u.uploadedBy())));
        model.addAttribute("uploads", page.items());
        model.addAttribute("names", directory.names(named));
        model.addAttribute("agreements", views.agreementTitles(page.items().stream().map(DatasetUpload::agreementId).toList()));
        model.addAttribute("pagination", Pagination.of(page, request));
    }
}
