package org.infoshare.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.infoshare.support.PdfConformance;
import org.infoshare.support.PdfStructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The renderer on its own: a specimen of every element the platform's documents use, checked by veraPDF. */
class PdfRendererTest {

    static final Map<String, Object> SPECIMEN = Map.of(
            "title", "Specimen – every element",
            "items", List.of("Necessary", "Proportionate", "Secure"),
            "rows", List.of(List.of("Priya Shah", "Data Protection Officer"), List.of("Sam Okafor", "Caldicott Guardian")));

    private final PdfRenderer renderer = new PdfRenderer(engine());

    /** The application's templates, and those of the tests, as Spring's Thymeleaf finds them. */
    static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setOrder(1);
        StringTemplateResolver inline = new StringTemplateResolver();
        inline.setTemplateMode(TemplateMode.HTML);
        inline.setOrder(2);
        TemplateEngine engine = new TemplateEngine();
        engine.addTemplateResolver(resolver);
        engine.addTemplateResolver(inline);
        return engine;
    }

    @ParameterizedTest
    @EnumSource(PdfStandard.class)
    void theSpecimenMeetsEachStandard(PdfStandard standard) {
        PdfConformance.assertConforms(renderer.render("document/specimen", SPECIMEN, standard), standard);
    }

    @Test
    void aDocumentHasItsTitleLanguageStructureAndOnlyEmbeddedFonts() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render("document/specimen", SPECIMEN, PdfStandard.ARCHIVAL))) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Specimen – every element");
            assertThat(pdf.getDocumentInformation().getSubject()).as("described by its title, having no description").isEqualTo("Specimen – every element");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(name -> assertThat(name).contains("LiberationSans"));
        }
    }

    @Test
    void sectionsAreBookmarkedAsTheHeadingsNestThem() {
        assertThat(PdfStructure.of(renderer.render("document/specimen", SPECIMEN, PdfStandard.ACCESSIBLE)).bookmarks())
                .containsExactly("1. Lists", " 1.1 In order", "2. Tables", " 2.1 A figure", "3. Text that runs on");
    }

    @Test
    void aDocumentOfSeveralPartsIsBookmarkedByPart() {
        String parts = """
                <html lang="en"><head><title>Bundle</title></head><body>
                <h1>Part one</h1><h2>Records</h2><h1 id="two">Part two</h1><h3>Notes</h3><h2>Letters</h2></body></html>""";
        assertThat(PdfStructure.of(renderer.render(parts, Map.of(), PdfStandard.ACCESSIBLE)).bookmarks())
                .containsExactly("Part one", " Records", "Part two", " Notes", " Letters");
    }

    @Test
    void aTemplateWithoutLanguageOrTitleOrWellFormedMarkupIsRefused() {
        assertThatThrownBy(() -> renderer.render("<html><head><title>T</title></head><body><p>x</p></body></html>", Map.of(), PdfStandard.ACCESSIBLE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("language");
        assertThatThrownBy(() -> renderer.render("<html lang=\"en\"><head></head><body><p>x</p></body></html>", Map.of(), PdfStandard.ACCESSIBLE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("<title>");
        assertThatThrownBy(() -> renderer.render("<html lang=\"en\"><head><title> </title></head><body><p>x</p></body></html>", Map.of(), PdfStandard.ACCESSIBLE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("<title>");
        assertThatThrownBy(() -> renderer.render("<html lang=\"en\"><head><title>T</title></head><body><p>x<br></p></body></html>", Map.of(), PdfStandard.ACCESSIBLE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("well-formed");
    }

    @Test
    void veraPdfFindsFaultWithAnUntaggedPdf() throws IOException {
        byte[] untagged;
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 720);
                text.showText("An agreement nobody can read aloud");
                text.endText();
            }
            pdf.save(out);
            untagged = out.toByteArray();
        }
        assertThat(PdfConformance.failures(untagged, PDFAFlavour.PDFUA_1)).isNotEmpty()
                .anySatisfy(failure -> assertThat(failure).startsWith("ISO 14289-1:2014 7.1-"));
        assertThat(PdfConformance.failures(untagged, PDFAFlavour.PDFA_2_U)).isNotEmpty()
                .anySatisfy(failure -> assertThat(failure).startsWith("ISO 19005-2:2011 6.2.11.4.1-"));
    }
}
