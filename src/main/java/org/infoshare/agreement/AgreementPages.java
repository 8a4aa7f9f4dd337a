package org.infoshare.agreement;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.infoshare.agreement.AgreementCommands.FileFormat;
import org.infoshare.agreement.AgreementDocument.DataItem;
import org.infoshare.agreement.AgreementDocument.Party;
import org.infoshare.directory.ControllerRole;
import org.infoshare.legal.CatalogueSnapshot;
import org.infoshare.legal.DataCategory;
import org.infoshare.legal.ProvisionKind;
import org.infoshare.legal.SpecialCategory;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.access.SignedIn;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.shared.problem.Violation;
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

/** The agreement journeys: list, draft (task list, one topic per page, check your answers), sign, review, terminate, read. */
@Controller
@RequestMapping("/agreements")
class AgreementPages {

    private final Agreements agreements;
    private final AgreementViews views;
    private final AgreementFiles files;
    private final AgreementPrinter printer;
    private final FormSubmission forms;

    AgreementPages(Agreements agreements, AgreementViews views, AgreementFiles files, AgreementPrinter printer, FormSubmission forms) {
        this.agreements = agreements;
        this.views = views;
        this.files = files;
        this.printer = printer;
        this.forms = forms;
    }

    // --- list, create, import -----------------------------------------------------------------------

    @GetMapping
    @SignedIn
    String list(Actor actor, Model model) {
        List<AgreementViews.AgreementSummary> all = agreements.visibleTo(actor).stream().map(views::summary).toList();
        model.addAttribute("agreements", all);
        model.addAttribute("canDraft", actor.hasAnyRole(Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR));
        model.addAttribute("canReview", actor.hasAnyRole(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.PARTNERSHIP_ADMINISTRATOR));
        return "agreements/list";
    }

    @GetMapping("/new")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String newAgreement(Model model) {
        model.addAttribute("form", new AgreementForms.CreateForm());
        return "agreements/new";
    }

    @PostMapping("/new")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String create(Actor actor, @ModelAttribute("form") AgreementForms.CreateForm form, BindingResult binding, RedirectAttributes redirect) {
        return forms.submit(binding, () -> {
            Agreement created = agreements.create(actor, new AgreementCommands.CreateAgreement(form.getTitle()));
            redirect.addFlashAttribute("success", "Draft " + created.reference() + " started");
            return "redirect:/agreements/" + created.id() + "/draft";
        }, () -> "agreements/new");
    }

    @GetMapping("/import")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String importForm(Actor actor, @RequestParam(required = false) UUID agreementId, Model model) {
        AgreementForms.ImportForm form = new AgreementForms.ImportForm();
        form.setAgreementId(agreementId);
        return importView(actor, model, form);
    }

    @PostMapping("/import")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String importFile(Actor actor, @ModelAttribute("form") AgreementForms.ImportForm form, BindingResult binding, Model model,
                      RedirectAttributes redirect) {
        return forms.submit(binding, () -> {
            Agreement imported = agreements.importAgreement(actor,
                    new AgreementCommands.ImportAgreement(form.getFormat(), form.getContent(), form.getAgreementId()));
            redirect.addFlashAttribute("success", "Imported as a draft of " + imported.reference());
            return "redirect:/agreements/" + imported.id() + "/draft";
        }, () -> importView(actor, model, form));
    }

    private String importView(Actor actor, Model model, AgreementForms.ImportForm form) {
        model.addAttribute("form", form);
        model.addAttribute("formats", Option.of(FileFormat.values(), FileFormat::name));
        model.addAttribute("targets", agreements.visibleTo(actor).stream().filter(a -> Agreements.isParty(actor, a) && !a.terminated())
                .map(a -> new Option(a.id().toString(), a.reference() + " – " + a.current().document().title())).toList());
        return "agreements/import";
    }

    @GetMapping("/reviews")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.PARTNERSHIP_ADMINISTRATOR})
    String reviews(Actor actor, Model model) {
        List<Agreements.ReviewDue> due = agreements.reviewsFor(actor, 60);
        model.addAttribute("dueNow", due.stream().filter(d -> d.status().dueOrOverdue()).toList());
        model.addAttribute("upcoming", due.stream().filter(d -> !d.status().dueOrOverdue()).toList());
        return "agreements/reviews";
    }

    // --- reading ----------------------------------------------------------------------------------------

    @GetMapping("/{id}")
    @SignedIn
    String show(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Integer version, Model model) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version shown = version == null ? agreement.current()
                : agreement.version(version).orElseThrow(() -> new NotFoundException("Agreement version"));
        boolean party = Agreements.isParty(actor, agreement);
        boolean governance = party && actor.hasAnyRole(Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR);
        boolean signatory = party && actor.hasAnyRole(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN);
        model.addAttribute("agreement", agreement);
        model.addAttribute("shown", shown);
        model.addAttribute("view", views.view(agreement));
        model.addAttribute("p", printer.printable(agreement, shown, false));
        model.addAttribute("gateways", printer.gateways(shown.document()));
        model.addAttribute("party", party);
        model.addAttribute("governance", governance);
        model.addAttribute("signatory", signatory);
        model.addAttribute("isDpo", party && actor.hasRole(Role.DATA_PROTECTION_OFFICER));
        model.addAttribute("pending", agreement.pending().orElse(null));
        model.addAttribute("canSign", agreement.pending()
                .filter(v -> v.status() == AgreementStatus.AWAITING_SIGNATURES && signatory
                        && v.document().partyIds().contains(actor.organisationId()) && v.signatureOf(actor.organisationId()).isEmpty())
                .isPresent());
        model.addAttribute("review", agreements.reviewStatus(agreement).orElse(null));
        return "agreements/show";
    }

    @GetMapping("/{id}/print")
    @SignedIn
    String print(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Integer version, Model model) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version shown = version == null ? agreement.current()
                : agreement.version(version).orElseThrow(() -> new NotFoundException("Agreement version"));
        model.addAttribute("p", printer.printable(agreement, shown, false));
        model.addAttribute("gateways", printer.gateways(shown.document()));
        return "agreements/print";
    }

    @GetMapping("/{id}/document.pdf")
    @SignedIn
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Integer version) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version shown = version == null ? agreement.current()
                : agreement.version(version).orElseThrow(() -> new NotFoundException("Agreement version"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(agreement.reference() + "-v" + shown.version() + ".pdf").build().toString())
                .body(printer.pdf(agreement, shown, false));
    }

    @GetMapping("/{id}/export")
    @SignedIn
    ResponseEntity<byte[]> export(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "yaml") String format,
                                  @RequestParam(required = false) Integer version) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version shown = version == null ? agreement.current()
                : agreement.version(version).orElseThrow(() -> new NotFoundException("Agreement version"));
        FileFormat fileFormat = AgreementApi.format(format);
        String extension = fileFormat == FileFormat.YAML ? "yaml" : "json";
        return ResponseEntity.ok()
                .contentType(fileFormat == FileFormat.YAML ? new MediaType("application", "yaml", StandardCharsets.UTF_8) : MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(agreement.reference() + "-v" + shown.version() + "." + extension).build().toString())
                .body(files.export(agreement, shown, fileFormat).getBytes(StandardCharsets.UTF_8));
    }

    // --- drafting ---------------------------------------------------------------------------------------

    record Task(String key, String title, String href, boolean complete, boolean started) {
    }

    @GetMapping("/{id}/draft")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String taskList(Actor actor, @PathVariable UUID id, Model model) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version draft = draftOf(agreement);
        List<Violation> problems = agreements.problems(actor, id);
        List<Task> tasks = new ArrayList<>();
        for (AgreementSection section : AgreementSection.values()) {
            boolean complete = problems.stream().noneMatch(v -> AgreementSection.of(v.field()).orElse(null) == section);
            boolean started = DocumentSections.slice(draft.document(), section).values().stream()
                    .anyMatch(v -> v != null && !(v instanceof List<?> l && l.isEmpty()) && !(v instanceof AgreementDocument.LawfulBasis b && b.allCodes().isEmpty()));
            tasks.add(new Task(section.key(), section.title(), "/agreements/" + id + "/draft/" + section.key(), complete, started));
        }
        boolean dpiaComplete = problems.stream().noneMatch(v -> v.field().startsWith("dpia."));
        model.addAttribute("agreement", agreement);
        model.addAttribute("draft", draft);
        model.addAttribute("tasks", tasks);
        model.addAttribute("dpiaComplete", dpiaComplete);
        model.addAttribute("dpia", agreements.dpia(actor, id, draft.version()));
        model.addAttribute("completed", tasks.stream().filter(Task::complete).count() + (dpiaComplete ? 1 : 0));
        model.addAttribute("total", tasks.size() + 1);
        return "agreements/task-list";
    }

    @GetMapping("/{id}/draft/{section}")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String section(Actor actor, @PathVariable UUID id, @PathVariable String section, Model model) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version draft = draftOf(agreement);
        return sectionView(model, agreement, draft, section(section), AgreementForms.DraftForm.of(draft.document(), draft.revision()));
    }

    @PostMapping("/{id}/draft/{section}")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String saveSection(Actor actor, @PathVariable UUID id, @PathVariable String section,
                       @ModelAttribute("form") AgreementForms.DraftForm form, BindingResult binding, Model model,
                       RedirectAttributes redirect) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version draft = draftOf(agreement);
        AgreementSection chosen = section(section);
        return forms.submit(binding, () -> {
            AgreementDocument document = form.apply(chosen, draft.document());
            agreements.saveDraft(actor, id, new AgreementCommands.SaveDraft(document, revisionOf(form.getRevision(), draft)));
            redirect.addFlashAttribute("success", chosen.title() + " saved");
            return "redirect:/agreements/" + id + "/draft";
        }, () -> sectionView(model, agreement, draft, chosen, form));
    }

    private String sectionView(Model model, Agreement agreement, Agreement.Version draft, AgreementSection section,
                               AgreementForms.DraftForm form) {
        model.addAttribute("agreement", agreement);
        model.addAttribute("draft", draft);
        model.addAttribute("section", section);
        model.addAttribute("form", form);
        model.addAttribute("names", views.organisations());
        model.addAttribute("sharingModes", Option.of(SharingMode.values(), SharingMode::label));
        model.addAttribute("dataSubjectTypes", Option.of(DataSubjectType.values(), DataSubjectType::label));
        model.addAttribute("transferMethods", Option.of(TransferMethod.values(), TransferMethod::label));
        CatalogueSnapshot catalogue = agreements.catalogue();
        Map<String, List<Option>> provisions = new LinkedHashMap<>();
        for (ProvisionKind kind : ProvisionKind.values()) {
            provisions.put(kind.name(), catalogue.ofKind(kind).stream()
                    .map(p -> new Option(p.code(), p.citation() + " – " + p.title())).toList());
        }
        model.addAttribute("provisions", provisions);
        return "agreements/section";
    }

    // parties

    @GetMapping("/{id}/draft/parties/new")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String newParty(Actor actor, @PathVariable UUID id, Model model) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version draft = draftOf(agreement);
        AgreementForms.PartyForm form = new AgreementForms.PartyForm();
        form.setRevision(draft.revision());
        return partyView(model, agreement, draft, form, null);
    }

    @PostMapping("/{id}/draft/parties/new")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String addParty(Actor actor, @PathVariable UUID id, @ModelAttribute("form") AgreementForms.PartyForm form, BindingResult binding,
                    Model model, RedirectAttributes redirect) {
        return saveParty(actor, id, form, binding, model, redirect, null);
    }

    @GetMapping("/{id}/draft/parties/{index}")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String editParty(Actor actor, @PathVariable UUID id, @PathVariable int index, Model model) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version draft = draftOf(agreement);
        Party party = at(draft.document().parties(), index);
        return partyView(model, agreement, draft, AgreementForms.PartyForm.of(party, draft.revision()), index);
    }

    @PostMapping("/{id}/draft/parties/{index}")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String updateParty(Actor actor, @PathVariable UUID id, @PathVariable int index, @ModelAttribute("form") AgreementForms.PartyForm form,
                       BindingResult binding, Model model, RedirectAttributes redirect) {
        return saveParty(actor, id, form, binding, model, redirect, index);
    }

    private String saveParty(Actor actor, UUID id, AgreementForms.PartyForm form, BindingResult binding, Model model,
                             RedirectAttributes redirect, Integer index) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version draft = draftOf(agreement);
        return forms.submit(binding, () -> {
            Party party = form.toParty();
            List<Party> parties = new ArrayList<>(draft.document().parties());
            boolean duplicate = false;
            for (int i = 0; i < parties.size(); i++) {
                if ((index == null || i != index) && party.organisationId().equals(parties.get(i).organisationId())) {
                    duplicate = true;
                }
            }
            if (duplicate) {
                throw InvalidRequestException.of("organisationId", "duplicate", "That organisation is already a party");
            }
            if (index == null) {
                parties.add(party);
            } else {
                at(parties, index);
                parties.set(index, party);
            }
            AgreementDocument document = AgreementForms.copy(draft.document(), c -> c.parties = parties);
            agreements.saveDraft(actor, id, new AgreementCommands.SaveDraft(document, revisionOf(form.getRevision(), draft)));
            redirect.addFlashAttribute("success", views.organisations().get(party.organisationId()) + (index == null ? " added" : " updated"));
            return "redirect:/agreements/" + id + "/draft/parties";
        }, () -> partyView(model, agreement, draft, form, index));
    }

    @PostMapping("/{id}/draft/parties/{index}/remove")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String removeParty(Actor actor, @PathVariable UUID id, @PathVariable int index, RedirectAttributes redirect) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version draft = draftOf(agreement);
        List<Party> parties = new ArrayList<>(draft.document().parties());
        Party removed = at(parties, index);
        parties.remove(index);
        // A party's removal also withdraws it as a recipient of every item.
        List<DataItem> items = draft.document().dataItems().stream()
                .map(i -> new DataItem(i.code(), i.name(), i.description(), i.category(), i.specialCategory(),
                        i.recipients().stream().filter(r -> !r.equals(removed.organisationId())).toList()))
                .toList();
        AgreementDocument document = AgreementForms.copy(draft.document(), c -> {
            c.parties = parties;
            c.dataItems = items;
        });
        agreements.saveDraft(actor, id, new AgreementCommands.SaveDraft(document, draft.revision()));
        redirect.addFlashAttribute("success", views.organisations().getOrDefault(removed.organisationId(), "The party") + " removed");
        return "redirect:/agreements/" + id + "/draft/parties";
    }

    private String partyView(Model model, Agreement agreement, Agreement.Version draft, AgreementForms.PartyForm form, Integer index) {
        model.addAttribute("agreement", agreement);
        model.addAttribute("draft", draft);
        model.addAttribute("form", form);
        model.addAttribute("index", index);
        model.addAttribute("organisations", views.directoryOrganisations().stream()
                .map(o -> new Option(o.id().toString(), o.name())).toList());
        model.addAttribute("roles", Option.of(ControllerRole.values(), ControllerRole::label));
        model.addAttribute("yesNo", List.of(new Option("true", "Yes"), new Option("false", "No")));
        return "agreements/party";
    }

    // data items

    @GetMapping("/{id}/draft/data/items/new")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String newItem(Actor actor, @PathVariable UUID id, Model model) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version draft = draftOf(agreement);
        AgreementForms.ItemForm form = new AgreementForms.ItemForm();
        form.setRevision(draft.revision());
        return itemView(model, agreement, draft, form, null);
    }

    @PostMapping("/{id}/draft/data/items/new")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String addItem(Actor actor, @PathVariable UUID id, @ModelAttribute("form") AgreementForms.ItemForm form, BindingResult binding,
                   Model model, RedirectAttributes redirect) {
        return saveItem(actor, id, form, binding, model, redirect, null);
    }

    @GetMapping("/{id}/draft/data/items/{index}")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String editItem(Actor actor, @PathVariable UUID id, @PathVariable int index, Model model) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version draft = draftOf(agreement);
        return itemView(model, agreement, draft, AgreementForms.ItemForm.of(at(draft.document().dataItems(), index), draft.revision()), index);
    }

    @PostMapping("/{id}/draft/data/items/{index}")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String updateItem(Actor actor, @PathVariable UUID id, @PathVariable int index, @ModelAttribute("form") AgreementForms.ItemForm form,
                      BindingResult binding, Model model, RedirectAttributes redirect) {
        return saveItem(actor, id, form, binding, model, redirect, index);
    }

    private String saveItem(Actor actor, UUID id, AgreementForms.ItemForm form, BindingResult binding, Model model,
                            RedirectAttributes redirect, Integer index) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version draft = draftOf(agreement);
        return forms.submit(binding, () -> {
            DataItem item = form.toItem();
            List<DataItem> items = new ArrayList<>(draft.document().dataItems());
            for (int i = 0; i < items.size(); i++) {
                if ((index == null || i != index) && item.code().equals(items.get(i).code())) {
                    throw InvalidRequestException.of("code", "duplicate", "Another item already has the code " + item.code());
                }
            }
            if (index == null) {
                items.add(item);
            } else {
                at(items, index);
                items.set(index, item);
            }
            AgreementDocument document = AgreementForms.copy(draft.document(), c -> c.dataItems = items);
            agreements.saveDraft(actor, id, new AgreementCommands.SaveDraft(document, revisionOf(form.getRevision(), draft)));
            redirect.addFlashAttribute("success", item.name() + (index == null ? " added" : " updated"));
            return "redirect:/agreements/" + id + "/draft/data";
        }, () -> itemView(model, agreement, draft, form, index));
    }

    @PostMapping("/{id}/draft/data/items/{index}/remove")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String removeItem(Actor actor, @PathVariable UUID id, @PathVariable int index, RedirectAttributes redirect) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version draft = draftOf(agreement);
        List<DataItem> items = new ArrayList<>(draft.document().dataItems());
        DataItem removed = at(items, index);
        items.remove(index);
        agreements.saveDraft(actor, id, new AgreementCommands.SaveDraft(AgreementForms.copy(draft.document(), c -> c.dataItems = items), draft.revision()));
        redirect.addFlashAttribute("success", (removed.name() == null ? "The item" : removed.name()) + " removed");
        return "redirect:/agreements/" + id + "/draft/data";
    }

    private String itemView(Model model, Agreement agreement, Agreement.Version draft, AgreementForms.ItemForm form, Integer index) {
        Map<UUID, String> names = views.organisations();
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

    // check your answers, submit, reopen

    @GetMapping("/{id}/draft/check")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String check(Actor actor, @PathVariable UUID id, Model model) {
        return checkView(actor, id, model, false);
    }

    private String checkView(Actor actor, UUID id, Model model, boolean refused) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version draft = draftOf(agreement);
        model.addAttribute("agreement", agreement);
        model.addAttribute("draft", draft);
        model.addAttribute("p", printer.printable(agreement, draft, false));
        model.addAttribute("gateways", printer.gateways(draft.document()));
        List<Violation> problems = agreements.problems(actor, id);
        model.addAttribute("problems", problems.stream().map(v -> new Problem(v, problemHref(id, v))).toList());
        model.addAttribute("refused", refused);
        model.addAttribute("sections", AgreementSection.values());
        return "agreements/check";
    }

    record Problem(Violation violation, String href) {
    }

    private static String problemHref(UUID id, Violation v) {
        if (v.field().startsWith("dpia.")) {
            return "/agreements/" + id + "/dpia";
        }
        return AgreementSection.of(v.field()).map(s -> "/agreements/" + id + "/draft/" + s.key()).orElse("/agreements/" + id + "/draft");
    }

    @PostMapping("/{id}/submit")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String submit(Actor actor, @PathVariable UUID id, Model model, RedirectAttributes redirect) {
        try {
            agreements.submit(actor, id);
        } catch (InvalidRequestException e) {
            if (e.status() == 422) {
                return checkView(actor, id, model, true);
            }
            throw e;
        }
        redirect.addFlashAttribute("success", "Submitted for signature: each party's authorised signatory must now sign");
        return "redirect:/agreements/" + id;
    }

    @PostMapping("/{id}/reopen")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String reopen(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        agreements.reopen(actor, id);
        redirect.addFlashAttribute("success", "Back in draft: every signature on this version is void");
        return "redirect:/agreements/" + id + "/draft";
    }

    // --- signing, amending, publishing ------------------------------------------------------------------

    @GetMapping("/{id}/versions/{version}/sign")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN})
    String signPage(Actor actor, @PathVariable UUID id, @PathVariable int version, Model model) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version target = agreement.version(version).orElseThrow(() -> new NotFoundException("Agreement version"));
        model.addAttribute("agreement", agreement);
        model.addAttribute("target", target);
        model.addAttribute("names", views.organisations());
        return "agreements/sign";
    }

    @PostMapping("/{id}/versions/{version}/sign")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN})
    String sign(Actor actor, @PathVariable UUID id, @PathVariable int version, RedirectAttributes redirect) {
        Agreement signed = agreements.sign(actor, id, version);
        boolean active = signed.version(version).map(v -> v.status() == AgreementStatus.ACTIVE).orElse(false);
        redirect.addFlashAttribute("success", active ? "Signed. Every party has now signed: version " + version + " is in force"
                : "Signed for " + actor.organisationName());
        return "redirect:/agreements/" + id;
    }

    @PostMapping("/{id}/amend")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String amend(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        agreements.amend(actor, id);
        redirect.addFlashAttribute("success", "Amendment started: the version in force stays in force until every party signs the new one");
        return "redirect:/agreements/" + id + "/draft";
    }

    @PostMapping("/{id}/publish")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String publish(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        agreements.publish(actor, id);
        redirect.addFlashAttribute("success", "Published: anyone can now read it at /public/agreements/" + id);
        return "redirect:/agreements/" + id;
    }

    // --- review and termination -------------------------------------------------------------------------

    @GetMapping("/{id}/review")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN})
    String reviewPage(Actor actor, @PathVariable UUID id, Model model) {
        return reviewView(actor, id, model, new AgreementForms.ReviewForm());
    }

    @PostMapping("/{id}/review")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN})
    String review(Actor actor, @PathVariable UUID id, @ModelAttribute("form") AgreementForms.ReviewForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        return forms.submit(binding, () -> {
            agreements.review(actor, id, new AgreementCommands.RecordReview(form.getOutcome(), null, form.getNotes()));
            redirect.addFlashAttribute("success", "Review recorded: " + form.getOutcome().label().toLowerCase());
            return form.getOutcome() == ReviewOutcome.AMEND ? "redirect:/agreements/" + id + "/draft" : "redirect:/agreements/" + id;
        }, () -> reviewView(actor, id, model, form));
    }

    private String reviewView(Actor actor, UUID id, Model model, AgreementForms.ReviewForm form) {
        Agreement agreement = agreements.get(actor, id);
        model.addAttribute("agreement", agreement);
        model.addAttribute("review", agreements.reviewStatus(agreement).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("outcomes", Option.of(ReviewOutcome.values(), ReviewOutcome::label));
        return "agreements/review";
    }

    @GetMapping("/{id}/terminate")
    @RolesAllowed(Role.DATA_PROTECTION_OFFICER)
    String terminatePage(Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("agreement", agreements.get(actor, id));
        model.addAttribute("form", new AgreementForms.TerminateForm());
        return "agreements/terminate";
    }

    @PostMapping("/{id}/terminate")
    @RolesAllowed(Role.DATA_PROTECTION_OFFICER)
    String terminate(Actor actor, @PathVariable UUID id, @ModelAttribute("form") AgreementForms.TerminateForm form, BindingResult binding,
                     Model model, RedirectAttributes redirect) {
        Agreement agreement = agreements.get(actor, id);
        return forms.submit(binding, () -> {
            agreements.terminate(actor, id, new AgreementCommands.Terminate(form.getReason()));
            redirect.addFlashAttribute("success", "Agreement terminated: no new sharing may take place under it");
            return "redirect:/agreements/" + id;
        }, () -> {
            model.addAttribute("agreement", agreement);
            return "agreements/terminate";
        });
    }

    // --- DPIA -------------------------------------------------------------------------------------------

    @GetMapping("/{id}/dpia")
    @SignedIn
    String dpia(Actor actor, @PathVariable UUID id, Model model) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version version = agreement.pending().orElse(agreement.current());
        Dpia.State dpia = agreements.dpia(actor, id, version.version());
        return dpiaView(actor, model, agreement, version, dpia, AgreementForms.ScreeningForm.of(dpia.screening()));
    }

    @PostMapping("/{id}/dpia/screening")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String screen(Actor actor, @PathVariable UUID id, @ModelAttribute("form") AgreementForms.ScreeningForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version version = agreement.pending().orElse(agreement.current());
        return forms.submit(binding, () -> {
            Dpia.State screened = agreements.screen(actor, id, form.toAnswers());
            redirect.addFlashAttribute("success", screened.fullRequired() ? "Screened: a full DPIA is needed" : "Screened: no full DPIA is needed");
            return "redirect:/agreements/" + id + "/dpia";
        }, () -> dpiaView(actor, model, agreement, version, agreements.dpia(actor, id, version.version()), form));
    }

    private String dpiaView(Actor actor, Model model, Agreement agreement, Agreement.Version version, Dpia.State dpia,
                            AgreementForms.ScreeningForm form) {
        boolean party = Agreements.isParty(actor, agreement);
        model.addAttribute("agreement", agreement);
        model.addAttribute("version", version);
        model.addAttribute("dpia", dpia);
        model.addAttribute("form", form);
        model.addAttribute("questions", List.of(
                new Option("largeScale", "Is the data processed on a large scale (many people, much data, a wide area or a long time)?"),
                new Option("systematicMonitoring", "Does it involve systematic monitoring or tracking of individuals?"),
                new Option("dataMatching", "Does it match or combine datasets from different sources?"),
                new Option("innovativeTechnology", "Does it use innovative technology or a novel use of existing technology?"),
                new Option("denialOfService", "Could it lead to a decision to deny someone a service, opportunity or benefit?"),
                new Option("evaluationOrScoring", "Does it evaluate or score people, including profiling or predicting?"),
                new Option("automatedDecisions", "Are decisions with legal or similarly significant effects made automatically?"),
                new Option("invisibleProcessing", "Will some individuals not be told about the processing?"),
                new Option("riskOfPhysicalHarm", "Could a breach put someone's physical health or safety at risk?")));
        model.addAttribute("editable", version.status() == AgreementStatus.DRAFT && party
                && actor.hasAnyRole(Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR));
        model.addAttribute("canSignOff", version.status() == AgreementStatus.DRAFT && party && actor.hasRole(Role.DATA_PROTECTION_OFFICER)
                && dpia.screened() && dpia.fullRequired() && dpia.assessmentComplete() && !dpia.signedOff());
        model.addAttribute("names", views.organisations());
        return "agreements/dpia";
    }

    @GetMapping("/{id}/dpia/assessment")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String assessment(Actor actor, @PathVariable UUID id, Model model) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version draft = draftOf(agreement);
        Dpia.State dpia = agreements.dpia(actor, id, draft.version());
        return assessmentView(model, agreement, AgreementForms.AssessmentForm.of(dpia.assessment()));
    }

    @PostMapping("/{id}/dpia/assessment")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String assess(Actor actor, @PathVariable UUID id, @ModelAttribute("form") AgreementForms.AssessmentForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        Agreement agreement = agreements.get(actor, id);
        return forms.submit(binding, () -> {
            Dpia.State assessed = agreements.assess(actor, id, new AgreementCommands.AssessDpia(form.toAssessment()));
            redirect.addFlashAttribute("success", assessed.assessmentComplete() ? "Assessment saved: a DPO can now sign it off"
                    : "Assessment saved; " + assessed.assessment().missing().size() + " parts are still to complete");
            return "redirect:/agreements/" + id + "/dpia";
        }, () -> assessmentView(model, agreement, form));
    }

    private String assessmentView(Model model, Agreement agreement, AgreementForms.AssessmentForm form) {
        model.addAttribute("agreement", agreement);
        model.addAttribute("form", form);
        model.addAttribute("likelihoods", Option.of(Dpia.Likelihood.values(), Dpia.Likelihood::label));
        model.addAttribute("severities", Option.of(Dpia.Severity.values(), Dpia.Severity::label));
        model.addAttribute("levels", Option.of(Dpia.RiskLevel.values(), Dpia.RiskLevel::label));
        return "agreements/assessment";
    }

    @PostMapping("/{id}/dpia/sign-off")
    @RolesAllowed(Role.DATA_PROTECTION_OFFICER)
    String signOff(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        agreements.signOffDpia(actor, id);
        redirect.addFlashAttribute("success", "DPIA signed off");
        return "redirect:/agreements/" + id + "/dpia";
    }

    // --- helpers ----------------------------------------------------------------------------------------

    private static Agreement.Version draftOf(Agreement agreement) {
        return agreement.pending().filter(v -> v.status() == AgreementStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("Draft"));
    }

    private static int revisionOf(Integer sent, Agreement.Version draft) {
        return sent == null ? draft.revision() : sent;
    }

    private static AgreementSection section(String key) {
        return AgreementSection.byKey(key).orElseThrow(() -> new NotFoundException("Section"));
    }

    private static <T> T at(List<T> list, int index) {
        if (index < 0 || index >= list.size()) {
            throw new NotFoundException("Entry");
        }
        return list.get(index);
    }
}
