package org.infoshare.rights;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The released bundle as a document a person can read: an HTML page, and the same page as a tagged PDF (PDF/UA, with
 * its title, language, headings, lists and tables with header cells) in the archival PDF/A-2u form, its font
 * embedded (Liberation Sans, SIL Open Font License, as shipped inside PDFBox).
 */
@Component
class BundlePrinter {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final ITemplateEngine templates;

    BundlePrinter(ITemplateEngine templates) {
        this.templates = templates;
    }

    String html(ReleasedBundle bundle) {
        Context context = new Context(Locale.UK);
        context.setVariable("b", bundle);
        return templates.process("rights/bundle-print", context);
    }

    byte[] pdf(ReleasedBundle bundle) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessbility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
            builder.useFont(BundlePrinter::font, "Liberation Sans");
            builder.withHtmlContent(html(bundle), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Could not render bundle " + bundle.requestReference() + " as PDF", e);
        }
    }

    private static InputStream font() {
        InputStream font = BundlePrinter.class.getResourceAsStream(FONT);
        if (font == null) {
            throw new IllegalStateException("The bundle's font is missing: " + FONT);
        }
        return font;
    }
}
