package org.infoshare.agreement.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.infoshare.agreement.Agreement;
import org.infoshare.agreement.AgreementRegister;
import org.infoshare.agreement.Agreements;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.TestAgreements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreement PDF keeps the layout it had before it was tagged (issue 16): the same template rendered as it
 * was then (untagged, in the PDF standard Helvetica, which is never embedded) and as it is now (PDF/UA-1 and
 * PDF/A-2u, Liberation Sans embedded) has as many pages, and every section starts on the page it did. (Lines of
 * running text break where they did; a table cell at a page's foot may wrap on the next page instead.)
 */
@IntegrationTest
class AgreementLayoutIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired AgreementRegister register;
    @Autowired Agreements agreements;
    @Autowired AgreementPrinter printer;
    @Autowired ITemplateEngine templates;
    @Autowired ApplicationContext application;

    @Test
    void theTaggedAgreementHasItsPagesAndSectionsWhereTheUntaggedOneHadThem() throws Exception {
        var demoAgreements = new TestAgreements(mvc, demo, register);
        Agreement agreement = agreements.get(demo.actor(TestAgreements.COUNCIL_DPO), demoAgreements.supportingFamilies().agreementId());
        Agreement.Version version = agreement.current();

        List<List<String>> before = lines(untagged(agreement, version));
        List<List<String>> now = lines(printer.pdf(agreement, version, false));

        assertThat(now).as("pages").hasSameSizeAs(before).hasSizeGreaterThan(2);
        for (int page = 0; page < before.size(); page++) {
            assertThat(headings(now.get(page))).as("sections starting on page %d", page + 1)
                    .isEqualTo(headings(before.get(page)));
        }
        assertThat(headings(before.stream().flatMap(List::stream).toList())).as("sections found").hasSizeGreaterThan(10);
    }

    /** The agreement as it was rendered before issue 16: the same template, openhtmltopdf's defaults. */
    private byte[] untagged(Agreement agreement, Agreement.Version version) throws IOException {
        Context context = new Context(Locale.UK);
        context.setVariable("p", printer.printable(agreement, version, false));
        context.setVariable("gateways", printer.gateways(version.document()));
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        String html = templates.process(AgreementPrinter.TEMPLATE, context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        }
    }

    /** The lines that are section headings ("1.", "2.5", "Appendix A:"), in order. */
    private static List<String> headings(List<String> lines) {
        return lines.stream().filter(line -> line.matches("(\\d+(\\.\\d+)?\\.? [A-Z].*|Appendix [A-Z]: .*)")).toList();
    }

    /** Each page's lines of text, with runs of spaces made one. */
    private static List<List<String>> lines(byte[] pdf) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            // By position on the page, not by the order of drawing, which tagging changes
            stripper.setSortByPosition(true);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).lines().map(line -> line.replaceAll("\\s+", " ").strip())
                        .filter(line -> !line.isEmpty()).toList());
            }
        }
        return pages;
    }
}
