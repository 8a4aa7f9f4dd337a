package org.infoshare.directory;

import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;

import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.web.Dates;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.infoshare.shared.Role.AUDITOR;
import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;
import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PARTNERSHIP_ADMINISTRATOR;

/** An organisation's staff and partner systems, as its administrators, managers, DPO and auditors see them. */
@Controller
@RequestMapping("/staff")
class StaffPages {

    private final StaffAdministration staff;
    private final OrganisationAdministration organisations;
    private final ApiTokens tokens;
    private final FormSubmission forms;
    private final Dates dates;

    StaffPages(StaffAdministration staff, OrganisationAdministration organisations, ApiTokens tokens, FormSubmission forms, Dates dates) {
        this.dates = dates;
        this.staff = staff;
        this.organisations = organisations;
        this.tokens = tokens;
        this.forms = forms;
    }

    @GetMapping("/{id}")
    @RolesAllowed({PARTNERSHIP_ADMINISTRATOR, MANAGER, DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, AUDITOR})
    String show(Actor actor, @PathVariable UUID id, Model model) {
        StaffMember member = staff.member(actor, id);
        model.addAttribute("member", member);
        model.addAttribute("teams", teamNames(actor.organisationId()));
        model.addAttribute("today", staff.today());
        model.addAttribute("canAdminister", actor.hasRole(PARTNERSHIP_ADMINISTRATOR));
        model.addAttribute("isSelf", actor.userId().equals(id));
        if (actor.hasRole(PARTNERSHIP_ADMINISTRATOR)) {
            model.addAttribute("tokens", tokens.tokens(actor, id));
            model.addAttribute("endsOn", staff.revocationScheduled(actor, id).orElse(null));
            model.addAttribute("leftBehind", member.active() ? null : staff.stillAddressedTo(actor, id));
        }
        return "directory/staff-member";
    }

    @GetMapping("/new")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    String newMember(Actor actor, @RequestParam(required = false) Actor.Kind kind, Model model) {
        DirectoryForms.StaffForm form = new DirectoryForms.StaffForm();
        if (kind != null) {
            form.setKind(kind);
        }
        return createView(actor, model, form);
    }

    @PostMapping("/new")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    String create(Actor actor, @ModelAttribute("form") DirectoryForms.StaffForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        return forms.submit(binding, parsing -> form.toNewStaffMember(parsing, ""), command -> {
            StaffMember created = staff.create(actor, command);
            redirect.addFlashAttribute("success", created.displayName() + " added");
            return "redirect:/staff/" + created.id();
        }, () -> createView(actor, model, form));
    }

    private String createView(Actor actor, Model model, DirectoryForms.StaffForm form) {
        model.addAttribute("form", form);
        addOptions(actor, model);
        model.addAttribute("vettingLevels", Option.of(VettingLevel.values(), VettingLevel::label));
        boolean system = form.getKind() == Actor.Kind.SYSTEM;
        model.addAttribute("nameLabel", system ? "System name" : "Full name");
        model.addAttribute("usernameHint", system ? "A name for the system's account, like case-system@your-organisation.example"
                : "Usually their work email address");
        return "directory/staff-new";
    }

    @GetMapping("/{id}/edit")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    String edit(Actor actor, @PathVariable UUID id, Model model) {
        StaffMember member = staff.member(actor, id);
        return editView(actor, model, member, DirectoryForms.StaffUpdateForm.of(member));
    }

    @PostMapping("/{id}/edit")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    String update(Actor actor, @PathVariable UUID id, @ModelAttribute("form") DirectoryForms.StaffUpdateForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        StaffMember member = staff.member(actor, id);
        return forms.submit(binding, () -> {
            staff.update(actor, id, form.toCommand());
            redirect.addFlashAttribute("success", "Details updated");
            return "redirect:/staff/" + id;
        }, () -> editView(actor, model, member, form));
    }

    private String editView(Actor actor, Model model, StaffMember member, DirectoryForms.StaffUpdateForm form) {
        model.addAttribute("member", member);
        model.addAttribute("form", form);
        addOptions(actor, model);
        return "directory/staff-edit";
    }

    /** Training and vetting are recorded the same way: a page with its form, and where it goes once saved. */
    private record CheckPage(String template, String recorded) {
    }

    private static final CheckPage TRAINING = new CheckPage("directory/staff-training", "Training recorded");
    private static final CheckPage VETTING = new CheckPage("directory/staff-vetting", "Vetting recorded");

    @GetMapping("/{id}/training")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    String training(Actor actor, @PathVariable UUID id, Model model) {
        return checkView(model, staff.member(actor, id), new DirectoryForms.TrainingForm(), TRAINING);
    }

    @PostMapping("/{id}/training")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    String recordTraining(Actor actor, @PathVariable UUID id, @ModelAttribute("form") DirectoryForms.TrainingForm form,
                          BindingResult binding, Model model, RedirectAttributes redirect) {
        StaffMember member = staff.member(actor, id);
        return forms.submit(binding, form::toCommand, command -> recorded(staff.recordTraining(actor, id, command), TRAINING, redirect),
                () -> checkView(model, member, form, TRAINING));
    }

    @GetMapping("/{id}/vetting")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    String vetting(Actor actor, @PathVariable UUID id, Model model) {
        return checkView(model, staff.member(actor, id), new DirectoryForms.VettingForm(), VETTING);
    }

    @PostMapping("/{id}/vetting")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    String recordVetting(Actor actor, @PathVariable UUID id, @ModelAttribute("form") DirectoryForms.VettingForm form,
                         BindingResult binding, Model model, RedirectAttributes redirect) {
        StaffMember member = staff.member(actor, id);
        return forms.submit(binding, form::toCommand, command -> recorded(staff.recordVetting(actor, id, command), VETTING, redirect),
                () -> checkView(model, member, form, VETTING));
    }

    private static String recorded(StaffMember member, CheckPage page, RedirectAttributes redirect) {
        redirect.addFlashAttribute("success", page.recorded());
        return "redirect:/staff/" + member.id();
    }

    private static String checkView(Model model, StaffMember member, Object form, CheckPage page) {
        model.addAttribute("member", member);
        model.addAttribute("form", form);
        model.addAttribute("vettingLevels", Option.of(VettingLevel.values(), VettingLevel::label));
        return page.template();
    }

    @GetMapping("/{id}/revoke")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    String confirmRevoke(Actor actor, @PathVariable UUID id, Model model) {
        return revokeView(actor, model, staff.member(actor, id), new DirectoryForms.RevokeForm());
    }

    @PostMapping("/{id}/revoke")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    String revoke(Actor actor, @PathVariable UUID id, @ModelAttribute("form") DirectoryForms.RevokeForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        StaffMember member = staff.member(actor, id);
        return forms.submit(binding, () -> {
            DirectoryCommands.RevokeAccess command = form.toCommand();
            StaffMember after = staff.revoke(actor, id, command);
            redirect.addFlashAttribute("success", after.active()
                    ? member.displayName() + "'s access will end on " + dates.day(command.on()) + "."
                    : member.displayName() + "'s access has been revoked. Their sessions and tokens no longer work.");
            return "redirect:/staff/" + id;
        }, () -> revokeView(actor, model, member, form));
    }

    private String revokeView(Actor actor, Model model, StaffMember member, DirectoryForms.RevokeForm form) {
        LeftBehindView left = staff.leftBehind(actor, member.id());
        model.addAttribute("left", left);
        model.addAttribute("scheduledOn", staff.revocationScheduled(actor, member.id()).orElse(null));
        model.addAttribute("colleagues", left.colleagues().stream().map(c -> new Option(c.id().toString(), c.name())).toList());
        model.addAttribute("member", member);
        model.addAttribute("form", form);
        model.addAttribute("reasons", Option.of(RevocationReason.values(), RevocationReason::label));
        LocalDate example = staff.today().plusWeeks(2);
        model.addAttribute("exampleDay", example.getDayOfMonth() + " " + example.getMonthValue() + " " + example.getYear());
        return "directory/staff-revoke";
    }

    @PostMapping("/{id}/reinstate")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    String reinstate(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        StaffMember member = staff.reinstate(actor, id);
        redirect.addFlashAttribute("success", member.displayName() + "'s access has been reinstated");
        return "redirect:/staff/" + id;
    }

    @GetMapping("/{id}/password")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    String password(Actor actor, @PathVariable UUID id, Model model) {
        return passwordView(model, staff.member(actor, id), new DirectoryForms.PasswordForm());
    }

    @PostMapping("/{id}/password")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    String setPassword(Actor actor, @PathVariable UUID id, @ModelAttribute("form") DirectoryForms.PasswordForm form,
                       BindingResult binding, Model model, RedirectAttributes redirect) {
        StaffMember member = staff.member(actor, id);
        return forms.submit(binding, () -> {
            staff.setPassword(actor, id, new DirectoryCommands.SetPassword(form.getPassword()));
            redirect.addFlashAttribute("success", "Password set. Give it to " + member.displayName() + " by a separate, secure route.");
            return "redirect:/staff/" + id;
        }, () -> passwordView(model, member, form));
    }

    private String passwordView(Model model, StaffMember member, DirectoryForms.PasswordForm form) {
        model.addAttribute("member", member);
        model.addAttribute("form", form);
        return "directory/staff-password";
    }

    @GetMapping("/{id}/tokens/new")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    String newToken(Actor actor, @PathVariable UUID id, Model model) {
        return tokenView(model, staff.member(actor, id), new DirectoryForms.TokenForm(), "/staff/" + id);
    }

    @PostMapping("/{id}/tokens/new")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    String issueToken(Actor actor, @PathVariable UUID id, @ModelAttribute("form") DirectoryForms.TokenForm form,
                      BindingResult binding, Model model) {
        StaffMember member = staff.member(actor, id);
        return forms.submit(binding, form::toCommand, command -> {
            model.addAttribute("issued", tokens.issue(actor, id, command));
            model.addAttribute("member", member);
            model.addAttribute("returnTo", "/staff/" + id);
            return "directory/token-issued";
        }, () -> tokenView(model, member, form, "/staff/" + id));
    }

    static String tokenView(Model model, StaffMember member, DirectoryForms.TokenForm form, String returnTo) {
        model.addAttribute("member", member);
        model.addAttribute("form", form);
        model.addAttribute("returnTo", returnTo);
        return "directory/token-new";
    }

    @PostMapping("/{id}/tokens/{tokenId}/revoke")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    String revokeToken(Actor actor, @PathVariable UUID id, @PathVariable UUID tokenId, RedirectAttributes redirect) {
        tokens.revoke(actor, id, tokenId);
        redirect.addFlashAttribute("success", "Token revoked");
        return "redirect:/staff/" + id;
    }

    private Map<UUID, String> teamNames(UUID organisationId) {
        return organisations.teams(organisationId).stream().collect(Collectors.toMap(Team::id, Team::name));
    }

    private void addOptions(Actor actor, Model model) {
        model.addAttribute("roles", Option.of(Role.values(), Role::label));
        model.addAttribute("teamOptions", organisations.teams(actor.organisationId()).stream()
                .map(team -> new Option(team.id().toString(), team.name())).toList());
        model.addAttribute("kinds", List.of(new Option("PERSON", "A person"), new Option("SYSTEM", "A partner system (uses API tokens)")));
    }
}
