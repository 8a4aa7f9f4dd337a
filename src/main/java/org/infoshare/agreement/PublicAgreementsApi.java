package org.infoshare.agreement;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.infoshare.agreement.AgreementViews.PublicAgreement;
import org.infoshare.agreement.files.AgreementPrinter;
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

    PublicAgreementsApi(Agreements agreements, AgreementViews views, AgreementPrinter printer) {
        this.agreements = agreements;
        this.views = views;
        this.printer = printer;
    }

    @GetMapping(value = "/public/agreements.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Public
    @Operation(summary = "Every published agreement")
    List<PublicAgreement> list() {
        return agreements.published().stream().map(views::publicView).toList();
    }

    @GetMapping(value = "/public/agreements/{id}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Public
    @Operation(summary = "One published agreement: the version in force (or the last, once terminated)")
    PublicAgreement get(@PathVariable UUID id) {
        return views.publicView(agreements.publishedAgreement(id));
    }

    @GetMapping(value = "/public/agreements/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Public
    @Operation(summary = "One published agreement as a PDF document",
            description = "Tagged for screen readers (PDF/UA-1, ISO 14289-1) and archival (PDF/A-2u, ISO 19005-2): title, language, headings, lists, tables with header cells, bookmarks for its sections, fonts embedded.")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        Agreement agreement = agreements.publishedAgreement(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(agreement.reference() + ".pdf").build().toString())
                .body(printer.pdf(agreement, agreement.current(), true));
    }
}
