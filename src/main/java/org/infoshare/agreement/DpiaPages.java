package org.infoshare.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.infoshare.agreement.rules.DpiaScreeningRules;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The data protection impact assessment of a draft (000 §4.3, 002 §3): screening, the full assessment, the DPO's sign-off. */
@Controller
@RequestMapping("/agreements/{id}/dpia")
class DpiaPages {

    /** The screening questions, in the order of {@link Dpia.ScreeningAnswers}. */
    private static final List<Option> QUESTIONS = List.of(
            new Option("largeScale", "Is the data processed on a large scale (many people, much data, a wide area or a long time)?"),
            new Option("systematicMonitoring", "Does it involve systematic monitoring or tracking of individuals?"),
            new Option("dataMatching", "Does it match or combine datasets from different sources?"),
            new Option("innovativeTechnology", "Does it use innovative technology or a novel use of existing technology?"),
            new Option("denialOfService", "Could it lead to a decision to deny someone a service, opportunity or benefit?"),
            new Option("evaluationOrScoring", "Does it evaluate or score people, including profiling or predicting?"),
            new Option("automatedDecisions", "Are decisions with legal or similarly significant effects made automatically?"),
            new Option("invisibleProcessing", "Will some individuals not be told about the processing?"),
            new Option("riskOfPhysicalHarm", "Could a breach put someone's physical health or safety at risk?"));

    /** One row of the risks table: whom the risk falls on, the risk, and its level from the ICO's matrix. */
    record RiskRow(String to, Dpia.Risk risk, Dpia.RiskLevel overall) {
    }

    private final Agreements agreements;
    private final DpiaAssessments dpias;
    private final DirectoryLookup directory;
    private final FormSubmission forms;

    DpiaPages(Agreements agreements, DpiaAssessments dpias, DirectoryLookup directory, FormSubmission forms) {
        this.agreements = agreements;
        this.dpias = dpias;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping
    @SignedIn
    String dpia(Actor actor, @PathVariable UUID id, Model model) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version version = agreement.pending().orElse(agreement.current());
        Dpia.State dpia = dpias.dpia(actor, id, version.version());
        return dpiaView(actor, model, agreement, version, dpia, DpiaForms.ScreeningForm.of(dpia.screening()));
    }

    @PostMapping("/screening")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String screen(Actor actor, @PathVariable UUID id, @ModelAttribute("form") DpiaForms.ScreeningForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version version = agreement.pending().orElse(agreement.current());
        return forms.submit(binding, () -> {
            Dpia.State screened = dpias.screen(actor, id, form.toAnswers());
            redirect.addFlashAttribute("success", screened.fullRequired() ? "Screened: a full DPIA is needed" : "Screened: no full DPIA is needed");
            return "redirect:/agreements/" + id + "/dpia";
        }, () -> dpiaView(actor, model, agreement, version, dpias.dpia(actor, id, version.version()), form));
    }

    private String dpiaView(Actor actor, Model model, Agreement agreement, Agreement.Version version, Dpia.State dpia,
                            DpiaForms.ScreeningForm form) {
        boolean party = Agreements.isParty(actor, agreement);
        model.addAttribute("agreement", agreement);
        model.addAttribute("version", version);
        model.addAttribute("dpia", dpia);
        model.addAttribute("riskRows", riskRows(dpia.assessment()));
        model.addAttribute("form", form);
        model.addAttribute("questions", QUESTIONS);
        model.addAttribute("editable", version.status() == AgreementStatus.DRAFT && party
                && actor.hasAnyRole(Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR));
        model.addAttribute("canSignOff", version.status() == AgreementStatus.DRAFT && party && actor.hasRole(Role.DATA_PROTECTION_OFFICER)
                && dpia.screened() && dpia.fullRequired() && dpia.assessmentComplete() && !dpia.signedOff());
        model.addAttribute("names", directory.names(List.of()));
        return "agreements/dpia";
    }

    private static List<RiskRow> riskRows(Dpia.Assessment assessment) {
        List<RiskRow> rows = new ArrayList<>();
        if (assessment != null) {
            assessment.risksToIndividuals().forEach(risk -> rows.add(new RiskRow("Individuals", risk, overall(risk))));
            assessment.risksToOrganisation().forEach(risk -> rows.add(new RiskRow("Organisation", risk, overall(risk))));
        }
        return rows;
    }

    private static Dpia.RiskLevel overall(Dpia.Risk risk) {
        return risk.likelihood() == null || risk.severity() == null ? null : DpiaScreeningRules.overall(risk.likelihood(), risk.severity());
    }

    @GetMapping("/assessment")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String assessment(Actor actor, @PathVariable UUID id, Model model) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version draft = AgreementPages.draftOf(agreement);
        Dpia.State dpia = dpias.dpia(actor, id, draft.version());
        return assessmentView(model, agreement, DpiaForms.AssessmentForm.of(dpia.assessment()));
    }

    @PostMapping("/assessment")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String assess(Actor actor, @PathVariable UUID id, @ModelAttribute("form") DpiaForms.AssessmentForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        Agreement agreement = agreements.get(actor, id);
        return forms.submit(binding, () -> {
            Dpia.State assessed = dpias.assess(actor, id, new AgreementCommands.AssessDpia(form.toAssessment()));
            redirect.addFlashAttribute("success", assessed.assessmentComplete() ? "Assessment saved: a DPO can now sign it off"
                    : "Assessment saved; " + assessed.assessment().missing().size() + " parts are still to complete");
            return "redirect:/agreements/" + id + "/dpia";
        }, () -> assessmentView(model, agreement, form));
    }

    private String assessmentView(Model model, Agreement agreement, DpiaForms.AssessmentForm form) {
        model.addAttribute("agreement", agreement);
        model.addAttribute("form", form);
        model.addAttribute("likelihoods", Option.of(Dpia.Likelihood.values(), Dpia.Likelihood::label));
        model.addAttribute("severities", Option.of(Dpia.Severity.values(), Dpia.Severity::label));
        model.addAttribute("levels", Option.of(Dpia.RiskLevel.values(), Dpia.RiskLevel::label));
        return "agreements/assessment";
    }

    @PostMapping("/sign-off")
    @RolesAllowed(Role.DATA_PROTECTION_OFFICER)
    String signOff(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        dpias.signOffDpia(actor, id);
        redirect.addFlashAttribute("success", "DPIA signed off");
        return "redirect:/agreements/" + id + "/dpia";
    }
}
