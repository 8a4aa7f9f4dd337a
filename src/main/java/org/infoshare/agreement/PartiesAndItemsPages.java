package org.infoshare.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.infoshare.agreement.AgreementDocument.DataItem;
import org.infoshare.agreement.AgreementDocument.Party;
import org.infoshare.directory.ControllerRole;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.legal.DataCategory;
import org.infoshare.legal.SpecialCategory;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
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

/** The lists in a draft, one entry per page: its parties (002 App A) and its data items at field level (002 App B). */
@Controller
@RequestMapping("/agreements/{id}/draft")
class PartiesAndItemsPages {

    private final Agreements agreements;
    private final DirectoryLookup directory;
    private final FormSubmission forms;

    PartiesAndItemsPages(Agreements agreements, DirectoryLookup directory, FormSubmission forms) {
        this.agreements = agreements;
        this.directory = directory;
        this.forms = forms;
    }

    // parties

    @GetMapping("/parties/new")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String newParty(Actor actor, @PathVariable UUID id, Model model) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version draft = AgreementPages.draftOf(agreement);
        PartiesAndItemsForms.PartyForm form = new PartiesAndItemsForms.PartyForm();
        form.setRevision(draft.revision());
        return partyView(model, agreement, draft, form, null);
    }

    @PostMapping("/parties/new")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String addParty(Actor actor, @PathVariable UUID id, @ModelAttribute("form") PartiesAndItemsForms.PartyForm form,
                    BindingResult binding, Model model, RedirectAttributes redirect) {
        return saveParty(actor, id, form, binding, model, redirect, null);
    }

    @GetMapping("/parties/{index}")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String editParty(Actor actor, @PathVariable UUID id, @PathVariable int index, Model model) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version draft = AgreementPages.draftOf(agreement);
        Party party = at(draft.document().parties(), index);
        return partyView(model, agreement, draft, PartiesAndItemsForms.PartyForm.of(party, draft.revision()), index);
    }

    @PostMapping("/parties/{index}")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String updateParty(Actor actor, @PathVariable UUID id, @PathVariable int index,
                       @ModelAttribute("form") PartiesAndItemsForms.PartyForm form, BindingResult binding, Model model,
                       RedirectAttributes redirect) {
        return saveParty(actor, id, form, binding, model, redirect, index);
    }

    private String saveParty(Actor actor, UUID id, PartiesAndItemsForms.PartyForm form, BindingResult binding, Model model,
                             RedirectAttributes redirect, Integer index) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version draft = AgreementPages.draftOf(agreement);
        return forms.submit(binding, () -> {
            Party party = form.toParty();
            List<Party> parties = new ArrayList<>(draft.document().parties());
            for (int i = 0; i < parties.size(); i++) {
                if ((index == null || i != index) && party.organisationId().equals(parties.get(i).organisationId())) {
                    throw InvalidRequestException.of("organisationId", "duplicate", "That organisation is already a party");
                }
            }
            put(parties, index, party);
            AgreementDocument document = DocumentCopy.edit(draft.document(), c -> c.parties = parties);
            agreements.saveDraft(actor, id, new AgreementCommands.SaveDraft(document, AgreementPages.revisionOf(form.getRevision(), draft)));
            redirect.addFlashAttribute("success", directory.names(List.of()).get(party.organisationId()) + (index == null ? " added" : " updated"));
            return "redirect:/agreements/" + id + "/draft/parties";
        }, () -> partyView(model, agreement, draft, form, index));
    }

    @PostMapping("/parties/{index}/remove")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String removeParty(Actor actor, @PathVariable UUID id, @PathVariable int index, RedirectAttributes redirect) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version draft = AgreementPages.draftOf(agreement);
        List<Party> parties = new ArrayList<>(draft.document().parties());
        Party removed = at(parties, index);
        parties.remove(index);
        // A party's removal also withdraws it as a recipient of every item.
        List<DataItem> items = draft.document().dataItems().stream()
                .map(i -> new DataItem(i.code(), i.name(), i.description(), i.category(), i.specialCategory(),
                        i.recipients().stream().filter(r -> !r.equals(removed.organisationId())).toList()))
                .toList();
        AgreementDocument document = DocumentCopy.edit(draft.document(), c -> {
            c.parties = parties;
            c.dataItems = items;
        });
        agreements.saveDraft(actor, id, new AgreementCommands.SaveDraft(document, draft.revision()));
        redirect.addFlashAttribute("success", directory.names(List.of()).getOrDefault(removed.organisationId(), "The party") + " removed");
        return "redirect:/agreements/" + id + "/draft/parties";
    }

    private String partyView(Model model, Agreement agreement, Agreement.Version draft, PartiesAndItemsForms.PartyForm form,
                             Integer index) {
        model.addAttribute("agreement", agreement);
        model.addAttribute("draft", draft);
        model.addAttribute("form", form);
        model.addAttribute("index", index);
        model.addAttribute("organisations", directory.organisations().stream()
                .map(o -> new Option(o.id().toString(), o.name())).toList());
        model.addAttribute("roles", Option.of(ControllerRole.values(), ControllerRole::label));
        model.addAttribute("yesNo", List.of(new Option("true", "Yes"), new Option("false", "No")));
        model.addAttribute("consentBasis", List.of(new Option("true", "Yes: consent is its lawful basis"),
                new Option("false", "No: it works with people's agreement, but consent is not its lawful basis"),
                new Option(PartiesAndItemsForms.PartyForm.UNSAID, "The agreement does not say: a public body is taken not to, a voluntary group may")));
        return "agreements/party";
    }

    // data items

    @GetMapping("/data/items/new")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String newItem(Actor actor, @PathVariable UUID id, Model model) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version draft = AgreementPages.draftOf(agreement);
        PartiesAndItemsForms.ItemForm form = new PartiesAndItemsForms.ItemForm();
        form.setRevision(draft.revision());
        return itemView(model, agreement, draft, form, null);
    }

    @PostMapping("/data/items/new")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String addItem(Actor actor, @PathVariable UUID id, @ModelAttribute("form") PartiesAndItemsForms.ItemForm form,
                   BindingResult binding, Model model, RedirectAttributes redirect) {
        return saveItem(actor, id, form, binding, model, redirect, null);
    }

    @GetMapping("/data/items/{index}")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String editItem(Actor actor, @PathVariable UUID id, @PathVariable int index, Model model) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version draft = AgreementPages.draftOf(agreement);
        DataItem item = at(draft.document().dataItems(), index);
        return itemView(model, agreement, draft, PartiesAndItemsForms.ItemForm.of(item, draft.revision()), index);
    }

    @PostMapping("/data/items/{index}")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String updateItem(Actor actor, @PathVariable UUID id, @PathVariable int index,
                      @ModelAttribute("form") PartiesAndItemsForms.ItemForm form, BindingResult binding, Model model,
                      RedirectAttributes redirect) {
        return saveItem(actor, id, form, binding, model, redirect, index);
    }

    private String saveItem(Actor actor, UUID id, PartiesAndItemsForms.ItemForm form, BindingResult binding, Model model,
                            RedirectAttributes redirect, Integer index) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version draft = AgreementPages.draftOf(agreement);
        return forms.submit(binding, () -> {
            DataItem item = form.toItem();
            List<DataItem> items = new ArrayList<>(draft.document().dataItems());
            for (int i = 0; i < items.size(); i++) {
                if ((index == null || i != index) && item.code().equals(items.get(i).code())) {
                    throw InvalidRequestException.of("code", "duplicate", "Another item already has the code " + item.code());
                }
            }
            put(items, index, item);
            AgreementDocument document = DocumentCopy.edit(draft.document(), c -> c.dataItems = items);
            agreements.saveDraft(actor, id, new AgreementCommands.SaveDraft(document, AgreementPages.revisionOf(form.getRevision(), draft)));
            redirect.addFlashAttribute("success", item.name() + (index == null ? " added" : " updated"));
            return "redirect:/agreements/" + id + "/draft/data";
        }, () -> itemView(model, agreement, draft, form, index));
    }

    @PostMapping("/data/items/{index}/remove")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String removeItem(Actor actor, @PathVariable UUID id, @PathVariable int index, RedirectAttributes redirect) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version draft = AgreementPages.draftOf(agreement);
        List<DataItem> items = new ArrayList<>(draft.document().dataItems());
        DataItem removed = at(items, index);
        items.remove(index);
        AgreementDocument document = DocumentCopy.edit(draft.document(), c -> c.dataItems = items);
        agreements.saveDraft(actor, id, new AgreementCommands.SaveDraft(document, draft.revision()));
        redirect.addFlashAttribute("success", (removed.name() == null ? "The item" : removed.name()) + " removed");
        return "redirect:/agreements/" + id + "/draft/data";
    }

    private String itemView(Model model, Agreement agreement, Agreement.Version draft, PartiesAndItemsForms.ItemForm form,
                            Integer index) {
        Map<UUID, String> names = directory.names(List.of());
        model.addAttribute("agreement", agreement);
        model.addAttribute("draft", draft);
        model.addAttribute("form", form);
        model.addAttribute("index", index);
        model.addAttribute("categories", Option.of(DataCategory.values(), DataCategory::label));
        model.addAttribute("specialCategories", Option.of(SpecialCategory.values(), SpecialCategory::label));
        model.addAttribute("recipientOptions", draft.document().partyIds().stream()
                .map(p -> new Option(p.toString(), names.getOrDefault(p, p.toString()))).toList());
        return "agreements/item";
    }

    /** Adds the entry, or replaces the one at {@code index}. */
    private static <T> void put(List<T> list, Integer index, T entry) {
        if (index == null) {
            list.add(entry);
        } else {
            at(list, index);
            list.set(index, entry);
        }
    }

    private static <T> T at(List<T> list, int index) {
        if (index < 0 || index >= list.size()) {
            throw new NotFoundException("Entry");
        }
        return list.get(index);
    }
}
