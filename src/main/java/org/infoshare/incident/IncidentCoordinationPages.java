package org.infoshare.incident;

import java.util.List;
import java.util.UUID;

import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Organisation;
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

/** Telling other parties of an incident, a party's answer, and referrals for misuse, in the browser. */
@Controller
@RequestMapping("/incidents/{id}")
@RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
class IncidentCoordinationPages {

    private final Incidents incidents;
    private final IncidentCoordination coordination;
    private final DirectoryLookup directory;
    private final FormSubmission forms;

    IncidentCoordinationPages(Incidents incidents, IncidentCoordination coordination, DirectoryLookup directory, FormSubmission forms) {
        this.incidents = incidents;
        this.coordination = coordination;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping("/parties/new")
    String tellForm(Actor actor, @PathVariable UUID id, Model model) {
        return tellView(model, owned(actor, id), new IncidentForms.TellPartyForm());
    }

    @PostMapping("/parties/new")
    String tell(Actor actor, @PathVariable UUID id, @ModelAttribute("form") IncidentForms.TellPartyForm form, BindingResult binding,
                Model model, RedirectAttributes redirect) {
        IncidentDetails details = owned(actor, id);
        return forms.submit(binding, () -> {
            coordination.tellParty(actor, id, form.toCommand());
            String name = directory.organisation(form.getOrganisationId()).map(Organisation::name).orElse("The organisation");
            redirect.addFlashAttribute("success", name + " has been told. Their Data Protection Officer will see it in their incidents.");
            return "redirect:/incidents/" + id;
        }, () -> tellView(model, details, form));
    }

    private String tellView(Model model, IncidentDetails details, IncidentForms.TellPartyForm form) {
        Incident incident = details.incident();
        List<UUID> told = details.parties().stream().map(IncidentStore.Party::organisationId).toList();
        model.addAttribute("i", incident);
        model.addAttribute("form", form);
        model.addAttribute("organisations", directory.organisations().stream()
                .filter(o -> !o.id().equals(incident.organisationId()) && !told.contains(o.id()))
                .map(o -> new Option(o.id().toString(), o.name())).toList());
        return "incidents/party-new";
    }

    @PostMapping("/acknowledgement")
    String acknowledge(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        coordination.acknowledge(actor, id);
        redirect.addFlashAttribute("success", "Acknowledged. The organisation that told you can see you have.");
        return "redirect:/incidents/" + id;
    }

    @GetMapping("/response")
    String respondForm(Actor actor, @PathVariable UUID id, Model model) {
        return respondView(model, asParty(actor, id), new IncidentForms.RespondForm());
    }

    @PostMapping("/response")
    String respond(Actor actor, @PathVariable UUID id, @ModelAttribute("form") IncidentForms.RespondForm form, BindingResult binding,
                   Model model, RedirectAttributes redirect) {
        IncidentDetails details = asParty(actor, id);
        return forms.submit(binding, () -> {
            coordination.respond(actor, id, form.toCommand());
            redirect.addFlashAttribute("success", "Your response has been recorded");
            return "redirect:/incidents/" + id;
        }, () -> respondView(model, details, form));
    }

    private String respondView(Model model, IncidentDetails details, IncidentForms.RespondForm form) {
        model.addAttribute("i", details.incident());
        model.addAttribute("form", form);
        model.addAttribute("owner", directory.organisation(details.incident().organisationId()).map(Organisation::name).orElse(""));
        model.addAttribute("responses", Option.of(IncidentCommands.PartyResponse.values(), IncidentCommands.PartyResponse::label));
        return "incidents/party-response";
    }

    @GetMapping("/referrals/new")
    String referForm(Actor actor, @PathVariable UUID id, Model model) {
        return referView(actor, model, owned(actor, id), new IncidentForms.ReferForm());
    }

    @PostMapping("/referrals/new")
    String refer(Actor actor, @PathVariable UUID id, @ModelAttribute("form") IncidentForms.ReferForm form, BindingResult binding,
                 Model model, RedirectAttributes redirect) {
        IncidentDetails details = owned(actor, id);
        return forms.submit(binding, form::toCommand, command -> {
            coordination.refer(actor, id, command);
            redirect.addFlashAttribute("success", "Referral recorded");
            return "redirect:/incidents/" + id;
        }, () -> referView(actor, model, details, form));
    }

    private String referView(Actor actor, Model model, IncidentDetails details, IncidentForms.ReferForm form) {
        model.addAttribute("i", details.incident());
        model.addAttribute("form", form);
        model.addAttribute("destinations", Option.of(IncidentCommands.ReferredTo.values(), IncidentCommands.ReferredTo::label));
        model.addAttribute("staff", directory.people(actor.organisationId()).stream()
                .map(p -> new Option(p.id().toString(), p.displayName() + (p.active() ? "" : " (left)"))).toList());
        return "incidents/referral-new";
    }

    private IncidentDetails owned(Actor actor, UUID id) {
        IncidentDetails details = incidents.read(actor, id);
        if (details.access() != IncidentAccess.HANDLER) {
            throw new ForbiddenException("Only the organisation's Data Protection Officer or Caldicott Guardian takes this step");
        }
        return details;
    }

    private IncidentDetails asParty(Actor actor, UUID id) {
        IncidentDetails details = incidents.read(actor, id);
        if (details.access() != IncidentAccess.PARTY_HANDLER) {
            throw new ForbiddenException("Only a party's Data Protection Officer or Caldicott Guardian answers for it");
        }
        return details;
    }
}
