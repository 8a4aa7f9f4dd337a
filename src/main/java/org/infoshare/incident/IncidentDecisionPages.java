package org.infoshare.incident;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.infoshare.incident.rules.Containment;
import org.infoshare.incident.rules.DataAffected;
import org.infoshare.incident.rules.Encryption;
import org.infoshare.incident.rules.IcoReason;
import org.infoshare.incident.rules.Likelihood;
import org.infoshare.incident.rules.Outcome;
import org.infoshare.incident.rules.PeopleReason;
import org.infoshare.incident.rules.Severity;
import org.infoshare.shared.Actor;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.problem.ForbiddenException;
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

import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;

/**
 * The Data Protection Officer's steps on an incident in the browser: the risk assessment, the decisions about the
 * ICO and the people affected, recording that each was carried out, and closing.
 */
@Controller
@RequestMapping("/incidents/{id}")
@RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
class IncidentDecisionPages {

    private final Incidents incidents;
    private final IncidentDecisions decisions;
    private final FormSubmission forms;

    IncidentDecisionPages(Incidents incidents, IncidentDecisions decisions, FormSubmission forms) {
        this.incidents = incidents;
        this.decisions = decisions;
        this.forms = forms;
    }

    @GetMapping("/assessment")
    String assessment(Actor actor, @PathVariable UUID id, Model model) {
        Incident incident = handled(actor, id);
        return view(model, incident, "incidents/assessment", IncidentForms.AssessForm.of(incident));
    }

    @PostMapping("/assessment")
    String assess(Actor actor, @PathVariable UUID id, @ModelAttribute("form") IncidentForms.AssessForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        Incident incident = handled(actor, id);
        return forms.submit(binding, form::toCommand, command -> {
            Incident assessed = decisions.assess(actor, id, command);
            redirect.addFlashAttribute("success", "Risk assessed: " + assessed.assessment().level().label().toLowerCase(java.util.Locale.UK));
            return "redirect:/incidents/" + id;
        }, () -> view(model, incident, "incidents/assessment", form));
    }

    @GetMapping("/ico-decision")
    String icoDecision(Actor actor, @PathVariable UUID id, Model model) {
        return view(model, handled(actor, id), "incidents/ico-decision", new IncidentForms.IcoDecisionForm());
    }

    @PostMapping("/ico-decision")
    String decideIco(Actor actor, @PathVariable UUID id, @ModelAttribute("form") IncidentForms.IcoDecisionForm form, BindingResult binding,
                     Model model, RedirectAttributes redirect) {
        Incident incident = handled(actor, id);
        return forms.submit(binding, () -> {
            Incident decided = decisions.decideIco(actor, id, form.toCommand());
            redirect.addFlashAttribute("success", decided.ico().tellIco() ? "Decision recorded: the ICO will be told" : "Decision recorded: the ICO will not be told");
            return "redirect:/incidents/" + id;
        }, () -> view(model, incident, "incidents/ico-decision", form));
    }

    @GetMapping("/ico-report/sent")
    String icoReportForm(Actor actor, @PathVariable UUID id, Model model) {
        return view(model, handled(actor, id), "incidents/ico-reported", new IncidentForms.IcoReportForm());
    }

    @PostMapping("/ico-report/sent")
    String icoReported(Actor actor, @PathVariable UUID id, @ModelAttribute("form") IncidentForms.IcoReportForm form, BindingResult binding,
                       Model model, RedirectAttributes redirect) {
        Incident incident = handled(actor, id);
        return forms.submit(binding, form::toCommand, command -> {
            decisions.icoReported(actor, id, command);
            redirect.addFlashAttribute("success", "Report to the ICO recorded");
            return "redirect:/incidents/" + id;
        }, () -> view(model, incident, "incidents/ico-reported", form));
    }

    @GetMapping("/people-decision")
    String peopleDecision(Actor actor, @PathVariable UUID id, Model model) {
        return view(model, handled(actor, id), "incidents/people-decision", new IncidentForms.PeopleDecisionForm());
    }

    @PostMapping("/people-decision")
    String decidePeople(Actor actor, @PathVariable UUID id, @ModelAttribute("form") IncidentForms.PeopleDecisionForm form,
                        BindingResult binding, Model model, RedirectAttributes redirect) {
        Incident incident = handled(actor, id);
        return forms.submit(binding, () -> {
            Incident decided = decisions.decidePeople(actor, id, form.toCommand());
            redirect.addFlashAttribute("success", decided.people().tell() ? "Decision recorded: the people affected will be told"
                    : "Decision recorded: the people affected will not be told");
            return "redirect:/incidents/" + id;
        }, () -> view(model, incident, "incidents/people-decision", form));
    }

    @GetMapping("/people-told")
    String peopleToldForm(Actor actor, @PathVariable UUID id, Model model) {
        return view(model, handled(actor, id), "incidents/people-told", new IncidentForms.PeopleToldForm());
    }

    @PostMapping("/people-told")
    String peopleTold(Actor actor, @PathVariable UUID id, @ModelAttribute("form") IncidentForms.PeopleToldForm form, BindingResult binding,
                      Model model, RedirectAttributes redirect) {
        Incident incident = handled(actor, id);
        return forms.submit(binding, form::toCommand, command -> {
            decisions.peopleTold(actor, id, command);
            redirect.addFlashAttribute("success", "Recorded that the people affected were told");
            return "redirect:/incidents/" + id;
        }, () -> view(model, incident, "incidents/people-told", form));
    }

    @GetMapping("/close")
    String closeForm(Actor actor, @PathVariable UUID id, Model model) {
        return view(model, handled(actor, id), "incidents/close", new IncidentForms.CloseForm());
    }

    @PostMapping("/close")
    String close(Actor actor, @PathVariable UUID id, @ModelAttribute("form") IncidentForms.CloseForm form, BindingResult binding,
                 Model model, RedirectAttributes redirect) {
        Incident incident = handled(actor, id);
        return forms.submit(binding, () -> {
            decisions.close(actor, id, form.toCommand());
            redirect.addFlashAttribute("success", "Incident " + incident.reference() + " closed");
            return "redirect:/incidents/" + id;
        }, () -> view(model, incident, "incidents/close", form));
    }

    private Incident handled(Actor actor, UUID id) {
        IncidentDetails details = incidents.read(actor, id);
        if (details.access() != IncidentAccess.HANDLER) {
            throw new ForbiddenException("Only the organisation's Data Protection Officer or Caldicott Guardian takes this step");
        }
        return details.incident();
    }

    private String view(Model model, Incident incident, String template, Object form) {
        model.addAttribute("i", incident);
        model.addAttribute("clock", incidents.clock(incident));
        model.addAttribute("form", form);
        model.addAttribute("likelihoods", Option.of(Likelihood.values(), Likelihood::label));
        model.addAttribute("severities", Option.of(Severity.values(), Severity::label));
        model.addAttribute("encryptions", Option.of(Encryption.values(), Encryption::label));
        model.addAttribute("containments", Option.of(Containment.values(), Containment::label));
        model.addAttribute("dataOptions", Option.of(DataAffected.values(), DataAffected::label));
        model.addAttribute("yesNo", List.of(new Option("true", "Yes"), new Option("false", "No")));
        model.addAttribute("icoReasons", Option.of(IcoReason.values(), IcoReason::label));
        List<PeopleReason> peopleReasons = Arrays.stream(PeopleReason.values())
                .filter(r -> !r.lawEnforcementOnly() || (incident.assessment() != null && incident.assessment().lawEnforcement())).toList();
        model.addAttribute("peopleReasons", peopleReasons.stream().map(r -> new Option(r.name(), r.label())).toList());
        model.addAttribute("outcomes", Option.of(Outcome.values(), Outcome::label));
        return template;
    }
}
