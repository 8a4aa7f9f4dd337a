package org.infoshare.agreement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.infoshare.agreement.AgreementViews.PublicAgreement;
import org.infoshare.agreement.files.AgreementPrinter;
import org.infoshare.ledger.rules.RecordFinding;
import org.infoshare.shared.access.Public;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Published agreements as JSON and PDF, for anyone (002 §2.8: publish proactively). */
@RestController
@Tag(name = "Published agreements")
class PublicAgreementsApi {

    private final Agreements agreements;
    private final AgreementViews views;
    private final AgreementPrinter printer;
    private final AgreementIntegrity integrity;

    PublicAgreementsApi(Agreements agreements, AgreementViews views, AgreementPrinter printer, AgreementIntegrity integrity) {
        this.agreements = agreements;
        this.views = views;
        this.printer = printer;
        this.integrity = integrity;
    }

    @GetMapping(value = "/public/agreements.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Public
    @Operation(summary = "Every published agreement")
    List<PublicAgreement> list() {
        List<Agreement> published = agreements.published();
        Map<UUID, RecordFinding> findings = integrity.check(published.stream().map(Agreement::id).toList());
        return published.stream().map(a -> views.publicView(a, Optional.ofNullable(findings.get(a.id())))).toList();
    }

    @GetMapping(value = "/public/agreements/{id}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Public
    @Operation(summary = "One published agreement: the version in force (or the last, once terminated)")
    PublicAgreement get(@PathVariable UUID id) {
        Agreement agreement = agreements.publishedAgreement(id);
        return views.publicView(agreement, integrity.check(agreement.id()));
    }

    @GetMapping(value = "/public/agreements/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Public
    @Operation(summary = "One published agreement as a PDF document",
            description = "Refused (409, naming recordIntegrity) when the agreement is not stored as the ledger recorded it. "
                    + "Tagged for screen readers (PDF/UA-1, ISO 14289-1) and archival (PDF/A-2u, ISO 19005-2): title, language, headings, lists, tables with header cells, bookmarks for its sections, fonts embedded.")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        Agreement agreement = agreements.publishedAgreement(id);
        integrity.requireIntact(agreement, "/public/agreements/" + id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(agreement.reference() + ".pdf").build().toString())
                .body(printer.pdf(agreement, agreement.current(), true));
    }
}
