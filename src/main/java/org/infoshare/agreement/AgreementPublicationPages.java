package org.infoshare.agreement;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.infoshare.agreement.AgreementCommands.FileFormat;
import org.infoshare.agreement.files.AgreementFiles;
import org.infoshare.agreement.files.AgreementPrinter;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.access.SignedIn;
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

/**
 * An agreement outside the platform: printed, as a PDF, as a YAML or JSON file and back again, and published. The print
 * page warns when the agreement is not as the ledger recorded it; its files are then refused (ADR 0063).
 */
@Controller
@RequestMapping("/agreements")
class AgreementPublicationPages {

    private final Agreements agreements;
    private final AgreementFiles files;
    private final AgreementPrinter printer;
    private final FormSubmission forms;
    private final AgreementIntegrity integrity;

    AgreementPublicationPages(Agreements agreements, AgreementFiles files, AgreementPrinter printer, FormSubmission forms,
                              AgreementIntegrity integrity) {
        this.integrity = integrity;
        this.agreements = agreements;
        this.files = files;
        this.printer = printer;
        this.forms = forms;
    }

    @GetMapping("/{id}/print")
    @SignedIn
    String print(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Integer version, Model model) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version shown = AgreementPages.shown(agreement, version);
        model.addAttribute("integrity", integrity.check(agreement.id()).orElse(null));
        model.addAttribute("p", printer.printable(agreement, shown, false));
        model.addAttribute("gateways", printer.gateways(shown.document()));
        return AgreementPrinter.TEMPLATE;
    }

    @GetMapping("/{id}/document.pdf")
    @SignedIn
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Integer version) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version shown = AgreementPages.shown(agreement, version);
        integrity.requireIntact(agreement, "/agreements/" + id);
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
        Agreement.Version shown = AgreementPages.shown(agreement, version);
        FileFormat fileFormat = AgreementApi.format(format);
        integrity.requireIntact(agreement, "/agreements/" + id);
        String extension = fileFormat == FileFormat.YAML ? "yaml" : "json";
        return ResponseEntity.ok()
                .contentType(fileFormat == FileFormat.YAML ? new MediaType("application", "yaml", StandardCharsets.UTF_8) : MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(agreement.reference() + "-v" + shown.version() + "." + extension).build().toString())
                .body(files.export(agreement, shown, fileFormat).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/import")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String importForm(Actor actor, @RequestParam(required = false) UUID agreementId, Model model) {
        PublicationForms.ImportForm form = new PublicationForms.ImportForm();
        form.setAgreementId(agreementId);
        return importView(actor, model, form);
    }

    @PostMapping("/import")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String importFile(Actor actor, @ModelAttribute("form") PublicationForms.ImportForm form, BindingResult binding, Model model,
                      RedirectAttributes redirect) {
        return forms.submit(binding, () -> {
            Agreement imported = agreements.importAgreement(actor,
                    new AgreementCommands.ImportAgreement(form.getFormat(), form.getContent(), form.getAgreementId()));
            redirect.addFlashAttribute("success", "Imported as a draft of " + imported.reference());
            return "redirect:/agreements/" + imported.id() + "/draft";
        }, () -> importView(actor, model, form));
    }

    private String importView(Actor actor, Model model, PublicationForms.ImportForm form) {
        model.addAttribute("form", form);
        model.addAttribute("formats", Option.of(FileFormat.values(), FileFormat::name));
        model.addAttribute("targets", agreements.visibleTo(actor).stream().filter(a -> Agreements.isParty(actor, a) && !a.terminated())
                .map(a -> new Option(a.id().toString(), a.reference() + " – " + a.current().document().title())).toList());
        return "agreements/import";
    }

    @PostMapping("/{id}/publish")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String publish(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        agreements.publish(actor, id);
        redirect.addFlashAttribute("success", "Published: anyone can now read it at /public/agreements/" + id);
        return "redirect:/agreements/" + id;
    }
}
