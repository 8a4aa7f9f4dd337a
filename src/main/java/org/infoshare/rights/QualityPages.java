package org.infoshare.rights;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.directory.DirectoryLookup;
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
 * Data quality (002 §4.7): reporting an inaccuracy in something shared, from the disclosure; the reports involving
 * the organisation with the notices they sent; and the sending DPO's correction or closing of a report.
 */
@Controller
@RequestMapping("/rights/quality")
@RolesAllowed(value = {Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR}, personalData = true)
class QualityPages {

    private final QualityReports reports;
    private final Rectifications rectifications;
    private final DirectoryLookup directory;
    private final FormSubmission forms;

    QualityPages(QualityReports reports, Rectifications rectifications, DirectoryLookup directory, FormSubmission forms) {
        this.reports = reports;
        this.rectifications = rectifications;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping
    @RolesAllowed(value = {Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR}, personalData = true)
    String list(Actor actor, @ModelAttribute("filter") ListFilterForm filter, BindingResult binding, HttpServletRequest request, Model model) {
        Map<UUID, String> organisations = directory.names(List.of());
        model.addAttribute("names", organisations);
        model.addAttribute("statuses", Option.of(QualityReports.STATUSES));
        model.addAttribute("organisations", ListFilterForm.otherOrganisations(organisations, actor.organisationId()));
        return forms.submit(binding, filter::toQuery, query -> {
            Page<QualityReport> page = reports.involving(actor, query.filter(), query.page());
            model.addAttribute("reports", page.items());
            model.addAttribute("pagination", Pagination.of(page, request));
            return "rights/quality";
        }, () -> "rights/quality");
    }

    @GetMapping("/new")
    String reportForm(Actor actor, @RequestParam(required = false) UUID disclosure, Model model) {
        if (disclosure == null) {
            // an inaccuracy is reported from the disclosure it was in
            return "redirect:/inbox";
        }
        QualityForms.ReportForm form = new QualityForms.ReportForm();
        form.setDisclosureId(disclosure);
        return reportView(actor, form, model);
    }

    @PostMapping("/new")
    String report(Actor actor, @ModelAttribute("form") QualityForms.ReportForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        return forms.submit(binding, parsing -> form.toCommand(), command -> {
            QualityReport report = reports.report(actor, command);
            redirect.addFlashAttribute("success", "Inaccuracy reported: everyone who received the item is told");
            return "redirect:/rights/quality/" + report.id();
        }, () -> reportView(actor, form, model));
    }

    private String reportView(Actor actor, QualityForms.ReportForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("items", reports.itemsOf(actor, form.getDisclosureId()).stream().map(code -> new Option(code, code)).toList());
        return "rights/quality-new";
    }

    @GetMapping("/{id}")
    String report(Actor actor, @PathVariable UUID id, Model model) {
        return view(actor, id, model, new QualityForms.CorrectForm());
    }

    @PostMapping("/{id}/correction")
    @RolesAllowed(value = Role.DATA_PROTECTION_OFFICER, personalData = true)
    String correct(Actor actor, @PathVariable UUID id, @ModelAttribute("form") QualityForms.CorrectForm form, BindingResult binding,
                   Model model, RedirectAttributes redirect) {
        QualityReport report = reports.owned(actor, id);
        return forms.submit(binding, parsing -> form.toCommand(report), command -> {
            rectifications.correctReported(actor, id, command);
            redirect.addFlashAttribute("success", "The item is corrected: its recipients now read the corrected version");
            return "redirect:/rights/quality/" + id;
        }, () -> view(actor, id, model, form));
    }

    @PostMapping("/{id}/closing")
    @RolesAllowed(value = Role.DATA_PROTECTION_OFFICER, personalData = true)
    String close(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        reports.close(actor, id);
        redirect.addFlashAttribute("success", "Report closed without a correction");
        return "redirect:/rights/quality/" + id;
    }

    private String view(Actor actor, UUID id, Model model, QualityForms.CorrectForm form) {
        QualityReport report = reports.get(actor, id);
        List<RightsNotice> sent = reports.noticesOf(actor, id);
        List<UUID> ids = new ArrayList<>(List.of(report.senderOrganisationId(), report.reporterOrganisationId()));
        sent.forEach(n -> ids.add(n.recipientOrganisationId()));
        model.addAttribute("r", report);
        model.addAttribute("notices", sent);
        model.addAttribute("names", directory.names(ids));
        model.addAttribute("settles", report.status() == QualityReport.Status.OPEN && actor.belongsTo(report.senderOrganisationId())
                && actor.hasRole(Role.DATA_PROTECTION_OFFICER));
        model.addAttribute("form", form);
        return "rights/quality-report";
    }
}
