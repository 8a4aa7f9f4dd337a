package org.infoshare.directory;

import java.util.UUID;

import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
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

import static org.infoshare.shared.Role.PARTNERSHIP_ADMINISTRATOR;

/** An organisation's administrators choose the roles that must take a second step to sign in. */
@Controller
@RequestMapping("/organisations/{id}/two-step")
@RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
class OrganisationTwoStepPages {

    private final TwoStepSignIn twoStep;
    private final OrganisationAdministration organisations;
    private final FormSubmission forms;

    OrganisationTwoStepPages(TwoStepSignIn twoStep, OrganisationAdministration organisations, FormSubmission forms) {
        this.twoStep = twoStep;
        this.organisations = organisations;
        this.forms = forms;
    }

    @GetMapping
    String form(Actor actor, @PathVariable UUID id, Model model) {
        Organisation organisation = organisations.administrable(actor, id);
        return view(model, organisation, SignInForms.TwoStepRolesForm.of(twoStep.twoStepRoles(actor, id)));
    }

    @PostMapping
    String save(Actor actor, @PathVariable UUID id, @ModelAttribute("form") SignInForms.TwoStepRolesForm form,
                BindingResult binding, Model model, RedirectAttributes redirect) {
        Organisation organisation = organisations.administrable(actor, id);
        return forms.submit(binding, parsing -> form.toCommand(), command -> {
            twoStep.requireFor(actor, id, command);
            redirect.addFlashAttribute("success", command.roles().isEmpty()
                    ? "No role now needs a second step to sign in" : "Roles that need a second step to sign in saved");
            return "redirect:/organisations/" + id;
        }, () -> view(model, organisation, form));
    }

    private static String view(Model model, Organisation organisation, SignInForms.TwoStepRolesForm form) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("form", form);
        model.addAttribute("roles", Option.of(Role.values(), Role::label));
        return "directory/organisation-two-step";
    }
}
