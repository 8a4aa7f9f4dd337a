package org.infoshare.linkage;

import java.util.UUID;

import org.infoshare.linkage.rules.matching.BlockingRule;
import org.infoshare.linkage.rules.matching.Field;
import org.infoshare.linkage.rules.matching.Level;
import org.infoshare.linkage.rules.outcomes.HeadlineArea;
import org.infoshare.linkage.rules.outcomes.Indicator;
import org.infoshare.linkage.rules.outcomes.Members;
import org.infoshare.shared.Actor;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/**
 * The analysts configure a linkage in the browser: how records are matched (blocking rules, the match threshold
 * and the review band) and the outcomes plan (its local descriptors and what makes a family eligible). Each
 * change carries the version of the linkage the analyst read, so that two people's edits never overwrite each other.
 */
@Controller
class LinkageSetupPages {

    private final LinkagePlans plans;
    private final FormSubmission forms;

    LinkageSetupPages(LinkagePlans plans, FormSubmission forms) {
        this.plans = plans;
        this.forms = forms;
    }

    @GetMapping("/linkage/{id}/settings")
    @RolesAllowed({PRACTITIONER, MANAGER})
    String settingsForm(Actor actor, @PathVariable UUID id, Model model) {
        LinkagePlan plan = plans.forAnalyst(actor, id);
        return settingsView(model, plan, LinkageForms.SettingsForm.of(plan));
    }

    @PostMapping("/linkage/{id}/settings")
    @RolesAllowed({PRACTITIONER, MANAGER})
    String settings(Actor actor, @PathVariable UUID id, @ModelAttribute("form") LinkageForms.SettingsForm form, BindingResult binding, Model model,
                    RedirectAttributes redirect) {
        LinkagePlan plan = plans.forAnalyst(actor, id);
        return forms.submit(binding, form::toCommand, command -> {
            plans.updateSettings(actor, id, command);
            redirect.addFlashAttribute("success", "Matching settings saved. The next run uses them.");
            return "redirect:/linkage/" + id;
        }, () -> settingsView(model, plan, form));
    }

    private String settingsView(Model model, LinkagePlan plan, LinkageForms.SettingsForm form) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("blockingRules", Option.of(BlockingRule.values(), BlockingRule::description));
        return "linkage/settings";
    }

    @GetMapping("/linkage/{id}/overrides")
    @RolesAllowed({PRACTITIONER, MANAGER})
    String overrideForm(Actor actor, @PathVariable UUID id, Model model) {
        LinkagePlan plan = plans.forAnalyst(actor, id);
        LinkageForms.OverrideForm form = new LinkageForms.OverrideForm();
        form.setVersion(plan.version());
        return overrideView(model, plan, form);
    }

    @PostMapping("/linkage/{id}/overrides")
    @RolesAllowed({PRACTITIONER, MANAGER})
    String override(Actor actor, @PathVariable UUID id, @ModelAttribute("form") LinkageForms.OverrideForm form, BindingResult binding, Model model,
                    RedirectAttributes redirect) {
        LinkagePlan plan = plans.forAnalyst(actor, id);
        return forms.submit(binding, form::toCommand, command -> {
            plans.setOverride(actor, id, command);
            redirect.addFlashAttribute("success", command.m() == null && command.u() == null
                    ? "The next run learns m and u for " + command.field().label() + " from the data."
                    : "Your m and u for " + command.field().label() + " are saved. The next run uses them.");
            return "redirect:/linkage/" + id;
        }, () -> overrideView(model, plan, form));
    }

    private String overrideView(Model model, LinkagePlan plan, LinkageForms.OverrideForm form) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("fieldOptions", Option.of(Field.values(), Field::label));
        model.addAttribute("levelOptions", Option.of(Level.values(), level -> Character.toUpperCase(level.words().charAt(0)) + level.words().substring(1)));
        return "linkage/override";
    }

    @GetMapping("/linkage/{id}/outcomes")
    @RolesAllowed({PRACTITIONER, MANAGER})
    String outcomes(Actor actor, @PathVariable UUID id, Model model) {
        LinkagePlan plan = plans.forAnalyst(actor, id);
        return outcomesView(model, plan, LinkageForms.EligibilityForm.of(plan));
    }

    @PostMapping("/linkage/{id}/outcomes")
    @RolesAllowed({PRACTITIONER, MANAGER})
    String eligibility(Actor actor, @PathVariable UUID id, @ModelAttribute("form") LinkageForms.EligibilityForm form, BindingResult binding,
                       Model model, RedirectAttributes redirect) {
        LinkagePlan plan = plans.forAnalyst(actor, id);
        return forms.submit(binding, form::toCommand, command -> {
            LinkagePlan changed = plans.setEligibility(actor, id, command);
            redirect.addFlashAttribute("success", "Outcomes plan saved as version " + changed.outcomes().version() + ".");
            return "redirect:/linkage/" + id + "/outcomes";
        }, () -> outcomesView(model, plan, form));
    }

    private String outcomesView(Model model, LinkagePlan plan, LinkageForms.EligibilityForm form) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("areas", HeadlineArea.values());
        return "linkage/outcomes";
    }

    @PostMapping("/linkage/{id}/descriptors/removal")
    @RolesAllowed({PRACTITIONER, MANAGER})
    String removeDescriptor(Actor actor, @PathVariable UUID id, @RequestParam String code, @RequestParam int version, RedirectAttributes redirect) {
        LinkagePlan changed = plans.removeDescriptor(actor, id, new LinkageCommands.RemoveDescriptor(code, version));
        redirect.addFlashAttribute("success", "Descriptor " + code + " removed. The outcomes plan is now version " + changed.outcomes().version() + ".");
        return "redirect:/linkage/" + id + "/outcomes";
    }

    @GetMapping("/linkage/{id}/descriptors/new")
    @RolesAllowed({PRACTITIONER, MANAGER})
    String descriptorForm(Actor actor, @PathVariable UUID id, Model model) {
        LinkagePlan plan = plans.forAnalyst(actor, id);
        LinkageForms.DescriptorForm form = new LinkageForms.DescriptorForm();
        form.setVersion(plan.version());
        return descriptorView(model, plan, form);
    }

    @PostMapping("/linkage/{id}/descriptors/new")
    @RolesAllowed({PRACTITIONER, MANAGER})
    String addDescriptor(Actor actor, @PathVariable UUID id, @ModelAttribute("form") LinkageForms.DescriptorForm form, BindingResult binding,
                         Model model, RedirectAttributes redirect) {
        LinkagePlan plan = plans.forAnalyst(actor, id);
        return forms.submit(binding, form::toCommand, command -> {
            LinkagePlan changed = plans.addDescriptor(actor, id, command);
            redirect.addFlashAttribute("success", "Descriptor " + command.code() + " added. The outcomes plan is now version "
                    + changed.outcomes().version() + ".");
            return "redirect:/linkage/" + id + "/outcomes";
        }, () -> descriptorView(model, plan, form));
    }

    private String descriptorView(Model model, LinkagePlan plan, LinkageForms.DescriptorForm form) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("areaOptions", Option.of(HeadlineArea.values(), HeadlineArea::title));
        model.addAttribute("indicatorOptions", Option.of(Indicator.values(), Indicator::label));
        model.addAttribute("memberOptions", Option.of(Members.values(), m -> "Records of " + m.words()));
        return "linkage/descriptor";
    }
}
