package org.infoshare.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.infoshare.agreement.AgreementRegister;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.PdfConformance;
import org.infoshare.support.SubjectAccessBundles;
import org.infoshare.support.TestAgreements;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every kind of PDF the platform hands out, fetched as a user fetches it and validated by veraPDF against each
 * standard it claims (ADR 0011): zero failed rules. A new kind of document is one line in {@link #everyKind()}
 * and, if it needs one, a way to fetch it in {@link Samples}. Each PDF is left under {@code target/pdf-samples/}.
 */
@IntegrationTest
class EveryPdfConformsIT {

    /** Where each PDF is left for a person to open, above all when veraPDF finds fault with it. */
    private static final Path SAMPLES = Path.of("target/pdf-samples");

    static Stream<Arguments> everyKind() {
        return Stream.of(
                kind("agreement with every section filled, signed by its parties", PdfStandard.ARCHIVAL, Samples::signedAgreement),
                kind("agreement as published, naming signatories by capacity only", PdfStandard.ARCHIVAL, Samples::publishedAgreement),
                kind("agreement terminated, with its reason", PdfStandard.ARCHIVAL, Samples::terminatedAgreement),
                kind("agreement just started, nothing written yet", PdfStandard.ARCHIVAL, Samples::newDraft),
                kind("subject access bundle as released to the person", PdfStandard.ARCHIVAL, Samples::subjectAccessBundle));
    }

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired AgreementRegister register;
    @Autowired DirectoryLookup directory;

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKind")
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void meetsItsStandards(String kind, PdfStandard standard, Sample sample) throws Exception {
        byte[] pdf = sample.fetch(new Samples(mvc, demo, register, directory));
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve(kind.replaceAll("[^A-Za-z]+", "-") + ".pdf"), pdf);
        PdfConformance.assertConforms(pdf, standard);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getDocumentOutline().children()).as("bookmarks of the %s", kind).isNotEmpty();
        }
    }

    private static Arguments kind(String kind, PdfStandard standard, Sample sample) {
        return Arguments.of(kind, standard, sample);
    }

    /** How a test gets one PDF of a kind. */
    @FunctionalInterface
    interface Sample {
        byte[] fetch(Samples samples) throws Exception;
    }

    /** One PDF of each kind, fetched through the platform's own endpoints by the people who would fetch it. */
    record Samples(MockMvc mvc, DemoPartnership demo, AgreementRegister register, DirectoryLookup directory) {

        private static final String COUNCIL_DPO = TestAgreements.COUNCIL_DPO;

        byte[] signedAgreement() throws Exception {
            return pdf(as(COUNCIL_DPO, get("/api/v1/agreements/" + agreements().supportingFamilies().agreementId() + "/document.pdf")));
        }

        byte[] publishedAgreement() throws Exception {
            return pdf(get("/public/agreements/" + agreements().supportingFamilies().agreementId() + ".pdf"));
        }

        byte[] terminatedAgreement() throws Exception {
            UUID id = agreements().activeCopy("Terminated agreement " + UUID.randomUUID());
            mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/termination"))
                            .content("{\"reason\":\"The programme ended on 31 March; no new sharing takes place.\"}"))
                    .andExpect(status().isOk());
            return pdf(as(COUNCIL_DPO, get("/api/v1/agreements/" + id + "/document.pdf")));
        }

        byte[] newDraft() throws Exception {
            String created = mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements")).content("{\"title\":\"Draft " + UUID.randomUUID() + "\"}"))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            return pdf(as(COUNCIL_DPO, get("/api/v1/agreements/" + JsonPath.read(created, "$.id") + "/document.pdf")));
        }

        /** The DPO's download of a released bundle: a child, a disclosure about them, their access request. */
        byte[] subjectAccessBundle() throws Exception {
            return new SubjectAccessBundles(mvc, demo, directory).releasedPdf();
        }

        private TestAgreements agreements() {
            return new TestAgreements(mvc, demo, register);
        }

        private byte[] pdf(MockHttpServletRequestBuilder request) throws Exception {
            return mvc.perform(request).andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                    .andReturn().getResponse().getContentAsByteArray();
        }

        private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
            return request.header("Authorization", "Bearer " + demo.token(username)).contentType(MediaType.APPLICATION_JSON);
        }
    }
}
