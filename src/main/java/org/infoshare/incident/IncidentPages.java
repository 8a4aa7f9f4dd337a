package org.infoshare.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.RecordDigests;
import org.infoshare.incident.rules.DataAffected;
import org.infoshare.incident.rules.IncidentKind;
import org.infoshare.shared.Actor;
import org.infoshare.shared.access.SignedIn;
import org.infoshare.web.FormSubmission;
import org.infoshare.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reporting an incident, one incident's page and its drafted ICO report, in the browser. */
@Controller
class IncidentPages {

    private final Incidents incidents;
    private final IcoReports reports;
    private final IncidentCoordination coordination;
    private final DirectoryLookup directory;
    private final FormSubmission forms;
    private final RecordDigests digests;

    IncidentPages(Incidents incidents, IcoReports reports, IncidentCoordination coordination, DirectoryLookup directory, FormSubmission forms,
                  RecordDigests digests) {
        this.digests = digests;
        this.incidents = incidents;
        this.reports = reports;
        this.coordination = coordination;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping("/incidents/new")
    @SignedIn
    String reportForm(Model model) {
        return reportView(model, new IncidentForms.ReportForm());
    }

    @PostMapping("/incidents/new")
    @SignedIn
    String report(Actor actor, @ModelAttribute("form") IncidentForms.ReportForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            Incident incident = incidents.report(actor, command);
            redirect.addFlashAttribute("success", "Incident " + incident.reference() + " reported. Your Data Protection Officer has been told.");
            return "redirect:/incidents/" + incident.id();
        }, () -> reportView(model, form));
    }

    private String reportView(Model model, IncidentForms.ReportForm form) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", Option.of(IncidentKind.values(), IncidentKind::label));
        model.addAttribute("dataOptions", Option.of(DataAffected.values(), DataAffected::label));
        return "incidents/new";
    }

    @GetMapping("/incidents/{id}")
    @SignedIn(personalData = true)
    String show(Actor actor, @PathVariable UUID id, Model model) {
        return showView(actor, id, model, new IncidentForms.NoteForm());
    }

    private String showView(Actor actor, UUID id, Model model, IncidentForms.NoteForm noteForm) {
        IncidentDetails details = incidents.read(actor, id);
        Incident i = details.incident();
        List<UUID> named = new ArrayList<>(List.of(i.organisationId()));
        named.add(i.reportedBy());
        named.add(i.attemptedBy());
        if (i.assessment() != null) {
            named.add(i.assessment().assessedBy());
        }
        if (i.ico() != null) {
            named.add(i.ico().decidedBy());
        }
        if (i.people() != null) {
            named.add(i.people().decidedBy());
        }
        if (i.closure() != null) {
            named.add(i.closure().closedBy());
        }
        details.parties().forEach(p -> named.addAll(java.util.Arrays.asList(p.organisationId(), p.toldBy(), p.acknowledgedBy(), p.respondedBy())));
        details.notes().forEach(n -> named.addAll(List.of(n.organisationId(), n.writtenBy())));
        details.referrals().forEach(r -> named.addAll(java.util.Arrays.asList(r.staffMember(), r.referredBy())));
        model.addAttribute("d", details);
        model.addAttribute("i", i);
        model.addAttribute("integrity", digests.check(ProtectedRecords.INCIDENT, i.id()).orElse(null));
        model.addAttribute("names", directory.names(named.stream().filter(Objects::nonNull).toList()));
        model.addAttribute("noteForm", noteForm);
        model.addAttribute("ownParty", details.parties().stream().filter(p -> actor.belongsTo(p.organisationId())).findFirst().orElse(null));
        return "incidents/show";
    }

    @PostMapping("/incidents/{id}/notes")
    @SignedIn(personalData = true)
    String addNote(Actor actor, @PathVariable UUID id, @ModelAttribute("noteForm") IncidentForms.NoteForm form, BindingResult binding,
                   Model model, RedirectAttributes redirect) {
        return forms.submit(binding, () -> {
            coordination.addNote(actor, id, form.toCommand());
            redirect.addFlashAttribute("success", "Note added");
            return "redirect:/incidents/" + id + "#notes";
        }, () -> showView(actor, id, model, form));
    }

    @GetMapping("/incidents/{id}/ico-report")
    @SignedIn(personalData = true)
    String icoReport(Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("report", reports.draft(actor, id));
        // Shown as a page, the draft warns as the incident's page does; its PDF and the API's draft are refused (ADR 0063).
        model.addAttribute("integrity", reports.integrity(id).orElse(null));
        model.addAttribute("id", id);
        return "incidents/ico-report";
    }

    @GetMapping("/incidents/{id}/ico-report.pdf")
    @SignedIn(personalData = true)
    org.springframework.http.ResponseEntity<byte[]> icoReportPdf(Actor actor, @PathVariable UUID id) {
        return IncidentApi.pdf(reports.pdf(actor, id), id);
    }
}
