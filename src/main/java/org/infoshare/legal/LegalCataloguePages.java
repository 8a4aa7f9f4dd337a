package org.infoshare.legal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.infoshare.directory.OrganisationType;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The legal catalogue, layer by layer, and adding a provision to it. */
@Controller
@RequestMapping("/legal/provisions")
class LegalCataloguePages {

    private final LegalCatalogue catalogue;
    private final FormSubmission forms;

    LegalCataloguePages(LegalCatalogue catalogue, FormSubmission forms) {
        this.catalogue = catalogue;
        this.forms = forms;
    }

    @GetMapping
    @SignedIn
    String list(Actor actor, Model model) {
        CatalogueSnapshot snapshot = catalogue.current();
        Map<ProvisionKind, List<CatalogueEntry>> byKind = new LinkedHashMap<>();
        for (ProvisionKind kind : ProvisionKind.values()) {
            byKind.put(kind, snapshot.entries().stream().filter(e -> e.provision().kind() == kind).toList());
        }
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("byKind", byKind);
        model.addAttribute("canAdd", actor.hasAnyRole(Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR));
        return "legal/provisions";
    }

    @GetMapping("/new")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String newProvision(Model model) {
        return formView(model, new ProvisionForm());
    }

    @PostMapping("/new")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String add(Actor actor, @ModelAttribute("form") ProvisionForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return forms.submit(binding, () -> {
            CatalogueEntry added = catalogue.add(actor, new LegalCommands.AddProvision(
                    form.getCode() == null ? null : form.getCode().strip().toUpperCase(java.util.Locale.ROOT),
                    form.getKind(), form.getCitation(), form.getTitle(), form.getSummary(), form.getHolders()));
            redirect.addFlashAttribute("success", added.provision().citation() + " added: the catalogue is now at version " + added.addedInVersion());
            return "redirect:/legal/provisions";
        }, () -> formView(model, form));
    }

    private String formView(Model model, ProvisionForm form) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", Option.of(ProvisionKind.values(), ProvisionKind::label));
        model.addAttribute("holderTypes", Option.of(OrganisationType.values(), OrganisationType::label));
        return "legal/provision-new";
    }

    public static class ProvisionForm {
        // In the order the page shows them, so that the error summary reads the same way.
        private ProvisionKind kind;
        private String citation;
        private String title;
        private String summary;
        private java.util.Set<OrganisationType> holders = new java.util.LinkedHashSet<>();
        private String code;

        public java.util.Set<OrganisationType> getHolders() { return holders; }
        public void setHolders(java.util.Set<OrganisationType> holders) { this.holders = holders == null ? new java.util.LinkedHashSet<>() : holders; }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public ProvisionKind getKind() { return kind; }
        public void setKind(ProvisionKind kind) { this.kind = kind; }
        public String getCitation() { return citation; }
        public void setCitation(String citation) { this.citation = citation; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getSummary() { return summary; }
        public void setSummary(String summary) { this.summary = summary; }
    }
}
