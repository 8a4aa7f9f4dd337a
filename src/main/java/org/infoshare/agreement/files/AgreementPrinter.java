package org.infoshare.agreement.files;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.infoshare.agreement.Agreement;
import org.infoshare.agreement.AgreementDocument;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.document.PdfRenderer;
import org.infoshare.document.PdfStandard;
import org.infoshare.legal.CatalogueSnapshot;
import org.infoshare.legal.LegalCatalogue;
import org.infoshare.legal.LegalProvision;
import org.infoshare.shared.UkCalendar;
import org.springframework.stereotype.Component;

/**
 * The agreement as a document that reads like the ones partnerships sign today (seed 002's headings and
 * order): a print-friendly page, and the same page rendered to PDF.
 */
@Component
public class AgreementPrinter {

    /** One lawful-basis layer with the provisions cited in it. */
    public record Layer(String heading, String explanation, List<LegalProvision> provisions) {
    }

    /** @param reliesOnConsent whether the party relies on consent as its lawful basis; null where the agreement does not say */
    public record PartyRow(String name, String role, boolean competentAuthority, Boolean reliesOnConsent, List<String> duties, SignatureRow signature) {
    }

    /** @param name the signatory's name; null on public copies, which name the capacity only */
    public record SignatureRow(String organisation, String capacity, String name, LocalDate signedOn) {
    }

    public record ItemRow(String code, String name, String description, String category, List<String> recipients) {
    }

    /** Everything the document template shows. */
    public record Printable(String reference, int version, String status, LocalDate effectiveFrom, LocalDate terminatedOn,
                     String terminationReason, int catalogueVersion, AgreementDocument doc, List<PartyRow> parties,
                     List<Layer> layers, List<ItemRow> items, List<SignatureRow> signatures, boolean publicCopy) {
    }

    /** The print page, which is also the PDF's template. */
    public static final String TEMPLATE = "agreements/print";

    private final PdfRenderer renderer;
    private final DirectoryLookup directory;
    private final LegalCatalogue catalogue;

    AgreementPrinter(PdfRenderer renderer, DirectoryLookup directory, LegalCatalogue catalogue) {
        this.renderer = renderer;
        this.directory = directory;
        this.catalogue = catalogue;
    }

    public Printable printable(Agreement agreement, Agreement.Version version, boolean publicCopy) {
        Map<UUID, String> names = directory.names(List.of());
        Map<UUID, String> people = publicCopy ? Map.of()
                : directory.displayNames(version.signatures().stream().map(Agreement.Signature::signedBy).toList());
        CatalogueSnapshot snapshot = catalogue.current();
        AgreementDocument d = version.document();
        List<SignatureRow> signatures = version.signatures().stream()
                .map(s -> new SignatureRow(names.getOrDefault(s.organisationId(), "?"), s.capacity().label(),
                        people.get(s.signedBy()), LocalDate.ofInstant(s.signedAt(), UkCalendar.ZONE)))
                .toList();
        List<PartyRow> parties = d.parties().stream().filter(p -> p != null && p.organisationId() != null)
                .map(p -> new PartyRow(names.getOrDefault(p.organisationId(), "?"), p.role() == null ? "Not stated" : p.role().label(),
                        p.competentAuthority(), p.reliesOnConsent(), p.duties(),
                        signatures.stream().filter(s -> s.organisation().equals(names.get(p.organisationId()))).findFirst().orElse(null)))
                .toList();
        var b = d.lawfulBasis();
        List<Layer> layers = List.of(
                layer(snapshot, "UK GDPR Article 6: lawful basis for personal data", "Every sharing under this agreement rests on:", b.article6()),
                layer(snapshot, "UK GDPR Article 9: special category data", "Where special category data is shared, the condition is:", b.article9()),
                layer(snapshot, "DPA 2018 Schedule 1 conditions for special category data", "DPA 2018 s10 is satisfied by:", b.specialCategoryConditions()),
                layer(snapshot, "UK GDPR Article 10: criminal offence data", "Criminal offence data is processed under:", b.article10()),
                layer(snapshot, "DPA 2018 Schedule 1 conditions for criminal offence data", "DPA 2018 s10(5) is satisfied by:", b.criminalOffenceConditions()),
                layer(snapshot, "DPA 2018 Part 3: law enforcement by competent authorities", "Sensitive processing (s35(8)) by competent authorities rests on:", b.section35()),
                layer(snapshot, "DPA 2018 Schedule 8 conditions", "For s35(5), these Schedule 8 conditions are met:", b.schedule8()),
                layer(snapshot, "Common law", "The duty of confidence and related common law:", b.commonLaw()));
        List<ItemRow> items = d.dataItems().stream().filter(java.util.Objects::nonNull)
                .map(i -> new ItemRow(i.code(), i.name(), i.description(),
                        i.category() == null ? "Not stated" : i.category().label() + (i.specialCategory() == null ? "" : ": " + i.specialCategory().label().toLowerCase()),
                        i.recipients().stream().map(r -> names.getOrDefault(r, "?")).toList()))
                .toList();
        return new Printable(agreement.reference(), version.version(), version.status().label(), version.effectiveFrom(),
                version.terminatedOn(), version.terminationReason(), version.catalogueVersion(), d, parties,
                layers.stream().filter(l -> !l.provisions().isEmpty()).toList(), items, signatures, publicCopy);
    }

    public List<LegalProvision> gateways(AgreementDocument document) {
        CatalogueSnapshot snapshot = catalogue.current();
        return document.lawfulBasis().statutoryGateways().stream()
                .map(code -> snapshot.provision(code).orElse(new LegalProvision(code, org.infoshare.legal.ProvisionKind.STATUTORY_GATEWAY, code, code, null)))
                .toList();
    }

    private static Layer layer(CatalogueSnapshot snapshot, String heading, String explanation, List<String> codes) {
        return new Layer(heading, explanation, codes.stream()
                .map(code -> snapshot.provision(code).orElse(new LegalProvision(code, org.infoshare.legal.ProvisionKind.COMMON_LAW, code, code, null)))
                .toList());
    }

    /**
     * The agreement as a PDF: the print page's template, tagged for screen readers (PDF/UA-1) and archival
     * (PDF/A-2u), since a signed agreement is a record the parties keep for years (ADR 0011).
     */
    public byte[] pdf(Agreement agreement, Agreement.Version version, boolean publicCopy) {
        return renderer.render(TEMPLATE, Map.of("p", printable(agreement, version, publicCopy), "gateways", gateways(version.document())),
                PdfStandard.ARCHIVAL);
    }
}
