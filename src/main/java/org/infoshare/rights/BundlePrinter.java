package org.infoshare.rights;

import java.util.Map;

import org.infoshare.document.PdfRenderer;
import org.infoshare.document.PdfStandard;
import org.springframework.stereotype.Component;

/**
 * The released bundle as a document the person can read with a screen reader and keep: rendered by the platform's
 * one renderer as PDF/UA-1 and PDF/A-2u, since a bundle is a record the person and the controller rely on for years
 * (ADR 0011). Its template gives the headings, tables with header cells, title and language the standards need.
 */
@Component
class BundlePrinter {

    private static final String TEMPLATE = "rights/bundle-print";

    private final PdfRenderer renderer;

    BundlePrinter(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    byte[] pdf(ReleasedBundle bundle) {
        return renderer.render(TEMPLATE, Map.of("b", bundle), PdfStandard.ARCHIVAL);
    }
}
