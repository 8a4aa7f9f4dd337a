package org.infoshare.rights;

import java.util.UUID;
import java.util.function.Supplier;

import org.infoshare.rights.rules.Exemption;
import org.infoshare.rights.rules.ReleaseMethod;
import org.infoshare.rights.rules.Withholding;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.web.FormSubmission;
import org.infoshare.web.Option;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import tools.jackson.databind.json.JsonMapper;

/** The DPO's preview of a subject access bundle: withholding entries and names, approval, release, the downloads. */
@Controller
@RequestMapping("/rights/requests/{id}/bundle")
@RolesAllowed(value = Role.DATA_PROTECTION_OFFICER, personalData = true)
class AccessBundlePages {

    private final AccessBundles bundles;
    private final RightsRequests requests;
    private final FormSubmission forms;
    private final JsonMapper json;

    AccessBundlePages(AccessBundles bundles, RightsRequests requests, FormSubmission forms, JsonMapper json) {
        this.bundles = bundles;
        this.requests = requests;
        this.forms = forms;
        this.json = json;
    }

    @GetMapping
    String preview(Actor actor, @PathVariable UUID id, Model model) {
        RightsRequest request = requests.find(actor, id);
        model.addAttribute("r", request);
        if (bundles.ofRequest(actor, id).isEmpty()) {
            return "rights/bundle-prepare";
        }
        AccessBundles.Preview preview = bundles.preview(actor, id);
        model.addAttribute("p", preview);
        model.addAttribute("c", preview.content());
        model.addAttribute("draft", preview.bundle().status() == AccessBundle.Status.DRAFT && !request.decided());
        if (!model.containsAttribute("identitiesForm")) {
            model.addAttribute("identitiesForm", identitiesForm(preview));
        }
        return "rights/bundle";
    }

    @PostMapping("/preparation")
    String prepare(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            bundles.prepare(actor, id);
            return "Bundle prepared: check each entry before you approve it";
        });
    }

    @GetMapping("/choices")
    String chooseForm(Actor actor, @PathVariable UUID id, @RequestParam String key, Model model) {
        BundleForms.ChooseForm form = new BundleForms.ChooseForm();
        form.setKey(key);
        return chooseView(actor, id, model, form);
    }

    @PostMapping("/choices")
    String choose(Actor actor, @PathVariable UUID id, @ModelAttribute("form") BundleForms.ChooseForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            bundles.choose(actor, id, command);
            redirect.addFlashAttribute("success", command.choice() == Withholding.Choice.WITHHOLD ? "The entry will be withheld"
                    : "Your choice for the entry is saved");
            return "redirect:/rights/requests/" + id + "/bundle";
        }, () -> chooseView(actor, id, model, form));
    }

    @PostMapping("/identities")
    String identities(Actor actor, @PathVariable UUID id, @ModelAttribute("identitiesForm") BundleForms.IdentitiesForm form, BindingResult binding,
                      Model model, RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            bundles.identities(actor, id, command);
            redirect.addFlashAttribute("success", "The names to withhold are saved");
            return "redirect:/rights/requests/" + id + "/bundle";
        }, () -> preview(actor, id, model));
    }

    @PostMapping("/approval")
    String approve(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            bundles.approve(actor, id);
            return "Bundle approved: its content is now fixed";
        });
    }

    @PostMapping("/reopening")
    String reopen(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            bundles.reopen(actor, id);
            return "Bundle reopened: you can change it again";
        });
    }

    @GetMapping("/release")
    String releaseForm(Actor actor, @PathVariable UUID id, Model model) {
        return releaseView(actor, id, model, new BundleForms.ReleaseForm());
    }

    @PostMapping("/release")
    String release(Actor actor, @PathVariable UUID id, @ModelAttribute("form") BundleForms.ReleaseForm form, BindingResult binding, Model model,
                   RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            bundles.release(actor, id, command);
            redirect.addFlashAttribute("success", "Release of the bundle recorded");
            return "redirect:/rights/requests/" + id;
        }, () -> releaseView(actor, id, model, form));
    }

    @GetMapping("/their-information.pdf")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("their-information.pdf").build().toString())
                .body(bundles.pdf(actor, id));
    }

    @GetMapping("/their-information.json")
    ResponseEntity<String> json(Actor actor, @PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("their-information.json").build().toString())
                .body(json.writeValueAsString(bundles.released(actor, id)));
    }

    /** A button's action: on a broken rule, back to the preview with the rule's wording. */
    private String act(UUID id, RedirectAttributes redirect, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("success", action.get());
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/rights/requests/" + id + "/bundle";
    }

    private String chooseView(Actor actor, UUID id, Model model, BundleForms.ChooseForm form) {
        model.addAttribute("r", requests.open(actor, id));
        model.addAttribute("form", form);
        model.addAttribute("choices", java.util.List.of(new Option("DEFAULT", "Follow the marking (withhold what its sender marked)"),
                new Option("INCLUDE", "Include it"), new Option("WITHHOLD", "Withhold it")));
        model.addAttribute("exemptionOptions", java.util.Arrays.stream(Exemption.values()).filter(Exemption::withholdsItems)
                .map(e -> new Option(e.name(), e.label() + " (" + e.citation() + ")")).toList());
        return "rights/bundle-choose";
    }

    private String releaseView(Actor actor, UUID id, Model model, BundleForms.ReleaseForm form) {
        model.addAttribute("r", requests.find(actor, id));
        model.addAttribute("form", form);
        model.addAttribute("methods", Option.of(ReleaseMethod.values(), ReleaseMethod::label));
        return "rights/bundle-release";
    }

    private static BundleForms.IdentitiesForm identitiesForm(AccessBundles.Preview preview) {
        BundleForms.IdentitiesForm form = new BundleForms.IdentitiesForm();
        form.setIdentities(String.join("\n", preview.choices().identities()));
        return form;
    }
}
