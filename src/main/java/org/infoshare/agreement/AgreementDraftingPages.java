package org.infoshare.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.infoshare.agreement.files.AgreementPrinter;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.legal.CatalogueSnapshot;
import org.infoshare.legal.ProvisionKind;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.shared.problem.Violation;
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

/**
 * Drafting an agreement: start one, the task list, one section per page, check your answers, submit for
 * signature, take it back to draft, start an amendment. Parties and data items have their own pages
 * ({@link PartiesAndItemsPages}).
 */
@Controller
@RequestMapping("/agreements")
class AgreementDraftingPages {

    record Task(String key, String title, String href, boolean complete, boolean started) {
    }

    record Problem(Violation violation, String href) {
    }

    private final Agreements agreements;
    private final DpiaAssessments dpias;
    private final DirectoryLookup directory;
    private final AgreementPrinter printer;
    private final FormSubmission forms;

    AgreementDraftingPages(Agreements agreements, DpiaAssessments dpias, DirectoryLookup directory, AgreementPrinter printer,
                           FormSubmission forms) {
        this.agreements = agreements;
        this.dpias = dpias;
        this.directory = directory;
        this.printer = printer;
        this.forms = forms;
    }

    @GetMapping("/new")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String newAgreement(Model model) {
        model.addAttribute("form", new DraftingForms.CreateForm());
        return "agreements/new";
    }

    @PostMapping("/new")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String create(Actor actor, @ModelAttribute("form") DraftingForms.CreateForm form, BindingResult binding, RedirectAttributes redirect) {
        return forms.submit(binding, () -> {
            Agreement created = agreements.create(actor, new AgreementCommands.CreateAgreement(form.getTitle()));
            redirect.addFlashAttribute("success", "Draft " + created.reference() + " started");
            return "redirect:/agreements/" + created.id() + "/draft";
        }, () -> "agreements/new");
    }

    @GetMapping("/{id}/draft")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String taskList(Actor actor, @PathVariable UUID id, Model model) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version draft = AgreementPages.draftOf(agreement);
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
        model.addAttribute("dpia", dpias.dpia(actor, id, draft.version()));
        model.addAttribute("completed", tasks.stream().filter(Task::complete).count() + (dpiaComplete ? 1 : 0));
        model.addAttribute("total", tasks.size() + 1);
        return "agreements/task-list";
    }

    @GetMapping("/{id}/draft/{section}")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String section(Actor actor, @PathVariable UUID id, @PathVariable String section, Model model) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version draft = AgreementPages.draftOf(agreement);
        return sectionView(model, agreement, draft, section(section), DraftingForms.DraftForm.of(draft.document(), draft.revision()));
    }

    @PostMapping("/{id}/draft/{section}")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String saveSection(Actor actor, @PathVariable UUID id, @PathVariable String section,
                       @ModelAttribute("form") DraftingForms.DraftForm form, BindingResult binding, Model model,
                       RedirectAttributes redirect) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version draft = AgreementPages.draftOf(agreement);
        AgreementSection chosen = section(section);
        return forms.submit(binding, () -> {
            AgreementDocument document = form.apply(chosen, draft.document());
            agreements.saveDraft(actor, id, new AgreementCommands.SaveDraft(document, AgreementPages.revisionOf(form.getRevision(), draft)));
            redirect.addFlashAttribute("success", chosen.title() + " saved");
            return "redirect:/agreements/" + id + "/draft";
        }, () -> sectionView(model, agreement, draft, chosen, form));
    }

    private String sectionView(Model model, Agreement agreement, Agreement.Version draft, AgreementSection section,
                               DraftingForms.DraftForm form) {
        model.addAttribute("agreement", agreement);
        model.addAttribute("draft", draft);
        model.addAttribute("section", section);
        model.addAttribute("form", form);
        model.addAttribute("names", directory.names(List.of()));
        model.addAttribute("sharingModes", Option.of(SharingMode.values(), SharingMode::label));
        model.addAttribute("dataSubjectTypes", Option.of(DataSubjectType.values(), DataSubjectType::label));
        model.addAttribute("transferMethods", Option.of(TransferMethod.values(), TransferMethod::label));
        model.addAttribute("purposeChoices", Option.of(org.infoshare.shared.SharingPurpose.values(), org.infoshare.shared.SharingPurpose::label));
        CatalogueSnapshot catalogue = agreements.catalogue();
        Map<String, List<Option>> provisions = new LinkedHashMap<>();
        for (ProvisionKind kind : ProvisionKind.values()) {
            provisions.put(kind.name(), catalogue.ofKind(kind).stream()
                    .map(p -> new Option(p.code(), p.citation() + " – " + p.title())).toList());
        }
        // The common law and the considerations every share respects are chosen in one list (HRA 1998 Art 8, MCA 2005).
        provisions.put("COMMON_LAW_AND_CONSIDERATIONS", java.util.stream.Stream.concat(provisions.get(ProvisionKind.COMMON_LAW.name()).stream(),
                provisions.get(ProvisionKind.CONSIDERATION.name()).stream()).toList());
        model.addAttribute("provisions", provisions);
        return "agreements/section";
    }

    private static AgreementSection section(String key) {
        return AgreementSection.byKey(key).orElseThrow(() -> new NotFoundException("Section"));
    }

    // check your answers, submit, reopen, amend

    @GetMapping("/{id}/draft/check")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String check(Actor actor, @PathVariable UUID id, Model model) {
        return checkView(actor, id, model, false);
    }

    private String checkView(Actor actor, UUID id, Model model, boolean refused) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version draft = AgreementPages.draftOf(agreement);
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

    @PostMapping("/{id}/amend")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String amend(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        agreements.amend(actor, id);
        redirect.addFlashAttribute("success", "Amendment started: the version in force stays in force until every party signs the new one");
        return "redirect:/agreements/" + id + "/draft";
    }
}
