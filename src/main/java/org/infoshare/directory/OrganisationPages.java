package org.infoshare.directory;

import java.util.UUID;

import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.UkCalendar;
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

/** The partnership's organisations, their teams and security assurance. */
@Controller
@RequestMapping("/organisations")
class OrganisationPages {

    private final OrganisationAdministration organisations;
    private final FormSubmission forms;
    private final java.time.Clock clock;

    OrganisationPages(OrganisationAdministration organisations, FormSubmission forms, java.time.Clock clock) {
        this.organisations = organisations;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping
    @SignedIn
    String list(Model model) {
        model.addAttribute("organisations", organisations.organisations());
        model.addAttribute("today", UkCalendar.today(clock));
        return "directory/organisations";
    }

    @GetMapping("/{id}")
    @SignedIn
    String show(Actor actor, @PathVariable UUID id, Model model) {
        Organisation organisation = organisations.organisation(id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("teams", organisations.teams(id));
        model.addAttribute("today", UkCalendar.today(clock));
        model.addAttribute("canAdminister", actor.belongsTo(id) && actor.hasRole(Role.PARTNERSHIP_ADMINISTRATOR));
        return "directory/organisation";
    }

    @GetMapping("/new")
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    String newOrganisation(Model model) {
        return createView(model, new DirectoryForms.OrganisationForm());
    }

    @PostMapping("/new")
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    String create(Actor actor, @ModelAttribute("form") DirectoryForms.OrganisationForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        return forms.submit(binding, form::toCreate, command -> {
            Organisation created = organisations.create(actor, command);
            redirect.addFlashAttribute("success", created.name() + " has joined the partnership");
            return "redirect:/organisations/" + created.id();
        }, () -> createView(model, form));
    }

    private String createView(Model model, DirectoryForms.OrganisationForm form) {
        model.addAttribute("form", form);
        addOptions(model);
        return "directory/organisation-new";
    }

    @GetMapping("/{id}/edit")
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    String edit(Actor actor, @PathVariable UUID id, Model model) {
        Organisation organisation = organisations.administrable(actor, id);
        return editView(model, organisation, DirectoryForms.OrganisationForm.of(organisation));
    }

    @PostMapping("/{id}/edit")
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    String update(Actor actor, @PathVariable UUID id, @ModelAttribute("form") DirectoryForms.OrganisationForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        Organisation organisation = organisations.organisation(id);
        return forms.submit(binding, () -> {
            organisations.update(actor, id, form.toUpdate());
            redirect.addFlashAttribute("success", "Organisation details updated");
            return "redirect:/organisations/" + id;
        }, () -> editView(model, organisation, form));
    }

    private String editView(Model model, Organisation organisation, DirectoryForms.OrganisationForm form) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("form", form);
        addOptions(model);
        return "directory/organisation-edit";
    }

    @GetMapping("/{id}/assurances/new")
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    String newAssurance(Actor actor, @PathVariable UUID id, Model model) {
        return assuranceView(model, organisations.administrable(actor, id), new DirectoryForms.AssuranceForm());
    }

    @PostMapping("/{id}/assurances/new")
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    String addAssurance(Actor actor, @PathVariable UUID id, @ModelAttribute("form") DirectoryForms.AssuranceForm form,
                        BindingResult binding, Model model, RedirectAttributes redirect) {
        Organisation organisation = organisations.organisation(id);
        return forms.submit(binding, form::toCommand, command -> {
            organisations.addAssurance(actor, id, command);
            redirect.addFlashAttribute("success", "Security assurance added");
            return "redirect:/organisations/" + id;
        }, () -> assuranceView(model, organisation, form));
    }

    private String assuranceView(Model model, Organisation organisation, DirectoryForms.AssuranceForm form) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("form", form);
        model.addAttribute("schemes", Option.of(AssuranceScheme.values(), AssuranceScheme::label));
        return "directory/assurance-new";
    }

    @PostMapping("/{id}/assurances/{assuranceId}/remove")
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    String removeAssurance(Actor actor, @PathVariable UUID id, @PathVariable UUID assuranceId, RedirectAttributes redirect) {
        organisations.removeAssurance(actor, id, assuranceId);
        redirect.addFlashAttribute("success", "Security assurance removed");
        return "redirect:/organisations/" + id;
    }

    @GetMapping("/{id}/teams/new")
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    String newTeam(Actor actor, @PathVariable UUID id, Model model) {
        return teamView(model, organisations.administrable(actor, id), null, new DirectoryForms.TeamForm());
    }

    @PostMapping("/{id}/teams/new")
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    String createTeam(Actor actor, @PathVariable UUID id, @ModelAttribute("form") DirectoryForms.TeamForm form,
                      BindingResult binding, Model model, RedirectAttributes redirect) {
        Organisation organisation = organisations.organisation(id);
        return forms.submit(binding, () -> {
            Team team = organisations.createTeam(actor, id, form.toCommand());
            redirect.addFlashAttribute("success", team.name() + " added");
            return "redirect:/organisations/" + id;
        }, () -> teamView(model, organisation, null, form));
    }

    @GetMapping("/{id}/teams/{teamId}/edit")
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    String editTeam(Actor actor, @PathVariable UUID id, @PathVariable UUID teamId, Model model) {
        Organisation organisation = organisations.administrable(actor, id);
        Team team = team(id, teamId);
        return teamView(model, organisation, team, DirectoryForms.TeamForm.of(team));
    }

    @PostMapping("/{id}/teams/{teamId}/edit")
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    String updateTeam(Actor actor, @PathVariable UUID id, @PathVariable UUID teamId,
                      @ModelAttribute("form") DirectoryForms.TeamForm form, BindingResult binding, Model model,
                      RedirectAttributes redirect) {
        Team team = team(id, teamId);
        Organisation organisation = organisations.organisation(id);
        return forms.submit(binding, () -> {
            organisations.updateTeam(actor, id, teamId, form.toCommand());
            redirect.addFlashAttribute("success", "Team updated");
            return "redirect:/organisations/" + id;
        }, () -> teamView(model, organisation, team, form));
    }

    private Team team(UUID organisationId, UUID teamId) {
        return organisations.teams(organisationId).stream().filter(t -> t.id().equals(teamId)).findFirst()
                .orElseThrow(() -> new org.infoshare.shared.problem.NotFoundException("Team"));
    }

    private String teamView(Model model, Organisation organisation, Team team, DirectoryForms.TeamForm form) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("team", team);
        model.addAttribute("form", form);
        return "directory/team-form";
    }

    private static void addOptions(Model model) {
        model.addAttribute("types", Option.of(OrganisationType.values(), OrganisationType::label));
        model.addAttribute("controllerRoles", Option.of(ControllerRole.values(), ControllerRole::label));
    }
}
