package org.infoshare.document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.w3c.dom.Document;

/**
 * The platform's one PDF renderer: a Thymeleaf template and its model become a tagged PDF that meets the
 * standard asked for (ADR 0011). Every module that hands out a PDF calls this, so every kind of document
 * inherits the same structure, fonts and conformance, and {@code EveryPdfConformsIT} proves it with veraPDF.
 *
 * <p>What a template must give (it fails loudly otherwise): well-formed XHTML, {@code <html lang="en">}, a
 * {@code <title>}. What it should give to read well: headings in order ({@code h1}, then {@code h2}, then
 * {@code h3}), lists as {@code ul}/{@code ol}, tables with {@code <th scope="col|row">}, and {@code alt} on
 * every image (decoration as a CSS background, which is marked as an artefact). Bookmarks are made from the
 * headings. Nothing outside the document is fetched: only {@code data:} URIs are read.
 */
@Component
public class PdfRenderer {

    private static final Logger log = LoggerFactory.getLogger(PdfRenderer.class);
    private static final String PRODUCER = "infoshare";

    private final ITemplateEngine templates;
    private final Typefaces typefaces = new Typefaces();
    /** The output intent PDF/A needs; Java's own sRGB profile, so the colours mean what the templates say. */
    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    public PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * @param template a template name as for a page, e.g. {@code agreements/print}
     * @param model    the template's variables
     */
    public byte[] render(String template, Map<String, ?> model, PdfStandard standard) {
        Context context = new Context(Locale.UK);
        model.forEach(context::setVariable);
        Document html = Xhtml.parse(templates.process(template, context), template);
        Bookmarks.addTo(html);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            if (standard == PdfStandard.ARCHIVAL) {
                builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
                builder.useColorProfile(srgb);
            }
            typefaces.registerWith(builder);
            for (ExternalResourceControlPriority when : ExternalResourceControlPriority.values()) {
                builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"), when);
            }
            builder.withDiagnosticConsumer(diagnostic -> report(template, diagnostic));
            builder.withProducer(PRODUCER);
            builder.withW3cDocument(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Could not render " + template + " as PDF", e);
        }
    }

    private static void report(String template, Diagnostic diagnostic) {
        if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
            log.warn("PDF {}: {}", template, diagnostic.getFormattedMessage());
        } else if (log.isDebugEnabled()) {
            log.debug("PDF {}: {}", template, diagnostic.getFormattedMessage());
        }
    }
}
