package org.infoshare.agreement;

import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.infoshare.agreement.AgreementApiCalls.COUNCIL_DPO;
import static org.infoshare.agreement.AgreementApiCalls.COUNCIL_PRACTITIONER;
import static org.infoshare.agreement.AgreementApiCalls.POLICE_DPO;
import static org.infoshare.agreement.AgreementApiCalls.SCHOOL_DPO;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who sees an agreement, publishing it, its files (exported and imported back exactly; a bad file writes
 * nothing) and its PDF, through the API.
 */
@IntegrationTest
class AgreementPublicationApiIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired AgreementRegister register;

    private AgreementApiCalls api;

    @BeforeEach
    void calls() {
        api = new AgreementApiCalls(mvc, demo, json);
    }

    @Test
    void otherOrganisationsCannotSeeDraftsButPublishedAgreementsArePublic() throws Exception {
        UUID draft = api.createDraft("Visibility test");
        mvc.perform(api.as(SCHOOL_DPO, get("/api/v1/agreements/" + draft))).andExpect(status().isNotFound());
        mvc.perform(api.as(SCHOOL_DPO, get("/api/v1/agreements"))).andExpect(jsonPath("$[*].id", not(hasItem(draft.toString()))));
        mvc.perform(api.as(COUNCIL_PRACTITIONER, get("/api/v1/agreements/" + draft))).andExpect(status().isOk());
        mvc.perform(get("/public/agreements/" + draft + ".json")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:infoshare:problem:not-found"));

        UUID active = api.activeAgreement("Publication test");
        mvc.perform(get("/public/agreements/" + active + ".json")).andExpect(status().isNotFound());
        mvc.perform(api.as(SCHOOL_DPO, get("/api/v1/agreements/" + active))).andExpect(status().isOk());
        mvc.perform(api.as(SCHOOL_DPO, post("/api/v1/agreements/" + active + "/publication"))).andExpect(status().isForbidden());
        mvc.perform(api.as(COUNCIL_DPO, post("/api/v1/agreements/" + draft + "/publication")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("never-in-force"));
        mvc.perform(api.as(COUNCIL_DPO, post("/api/v1/agreements/" + active + "/publication"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.publishedAt").isNotEmpty());
        mvc.perform(api.as(COUNCIL_DPO, post("/api/v1/agreements/" + active + "/amendments"))).andExpect(status().isCreated());
        mvc.perform(get("/public/agreements/" + active + ".json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Publication test"))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.signatures[0].capacity").value("DATA_PROTECTION_OFFICER"))
                .andExpect(content().string(not(containsString("signedBy"))))
                .andExpect(content().string(not(containsString("Priya Shah"))));
        mvc.perform(get("/public/agreements.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(active.toString())))
                .andExpect(jsonPath("$[*].id", not(hasItem(draft.toString()))))
                .andExpect(jsonPath("$[*].title", hasItem(DemoAgreements.SUPPORTING_FAMILIES)))
                .andExpect(jsonPath("$[*].title", not(hasItem(DemoAgreements.FAMILY_SAFEGUARDING))));
    }

    @Test
    void anExportedAgreementImportsBackExactlyAndABadFileWritesNothing() throws Exception {
        UUID id = api.activeAgreement("Round trip test");
        String yaml = mvc.perform(api.as(COUNCIL_DPO, get("/api/v1/agreements/" + id + "/export")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/yaml"))
                .andReturn().getResponse().getContentAsString();
        assertThat(yaml).contains("organisation: Westshire Police", "- UKGDPR-A6-1E");

        long before = jdbc.sql("select count(*) from agreement_version").query(Long.class).single();
        long ledgerBefore = jdbc.sql("select count(*) from ledger_entry").query(Long.class).single();
        String bad = yaml.replace("- ENCRYPTED_EMAIL", "- UNENCRYPTED_EMAIL").replace("- UKGDPR-A6-1E", "- UKGDPR-A6-1Z");
        mvc.perform(api.as(COUNCIL_DPO, post("/api/v1/agreements/imports")).contentType("application/yaml").content(bad))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("agreement.transferMethods[1]"))
                .andExpect(jsonPath("$.errors[0].rule").value("unencrypted-email"));
        String unknownCode = yaml.replace("- UKGDPR-A6-1E", "- UKGDPR-A6-1Z").replace("sanctions: ", "sanctions_: ");
        mvc.perform(api.as(COUNCIL_DPO, post("/api/v1/agreements/imports")).contentType("application/yaml").content(unknownCode))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("agreement.sanctions_"));
        String missing = yaml.replace("- UKGDPR-A6-1E", "- UKGDPR-A6-1Z");
        mvc.perform(api.as(COUNCIL_DPO, post("/api/v1/agreements/imports")).content(json.writeValueAsString(
                        Map.of("format", "YAML", "content", missing, "agreementId", id.toString()))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItems("agreement.lawfulBasis.article6[0]", "agreement.lawfulBasis.article6")))
                .andExpect(jsonPath("$.errors[*].rule", hasItems("unknown-provision", "article-6-basis")));
        mvc.perform(api.as(COUNCIL_DPO, post("/api/v1/agreements/imports")).contentType("application/yaml").content(yaml))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("reference"));
        assertThat(jdbc.sql("select count(*) from agreement_version").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from ledger_entry").query(Long.class).single()).isEqualTo(ledgerBefore);

        mvc.perform(api.as(COUNCIL_DPO, post("/api/v1/agreements/imports")).contentType("application/yaml").content(yaml)
                        .param("agreementId", id.toString()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.versions[1].status").value("DRAFT"));
        String again = mvc.perform(api.as(COUNCIL_DPO, get("/api/v1/agreements/" + id + "/export").param("version", "2")))
                .andReturn().getResponse().getContentAsString();
        assertThat(again).isEqualTo(yaml);
        String jsonFile = mvc.perform(api.as(COUNCIL_DPO, get("/api/v1/agreements/" + id + "/export").param("format", "json")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString();
        String created = mvc.perform(api.as(POLICE_DPO, post("/api/v1/agreements/imports")).content(json.writeValueAsString(
                        Map.of("format", "JSON", "content", jsonFile.replace("\"reference\" : \"", "\"reference\" : \"COPY-")))))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        UUID copy = UUID.fromString(JsonPath.read(created, "$.id"));
        assertThat(mvc.perform(api.as(POLICE_DPO, get("/api/v1/agreements/" + copy + "/export").param("format", "json")))
                .andReturn().getResponse().getContentAsString()).isEqualTo(jsonFile.replace("\"reference\" : \"", "\"reference\" : \"COPY-"));
        mvc.perform(api.as(COUNCIL_PRACTITIONER, post("/api/v1/agreements/imports")).contentType("application/yaml").content(yaml))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePdfReadsLikeTheAgreement() throws Exception {
        UUID id = register.between(api.council(), api.police()).stream()
                .filter(t -> t.title().equals(DemoAgreements.SUPPORTING_FAMILIES)).findFirst().orElseThrow().agreementId();
        byte[] pdf = mvc.perform(api.as(COUNCIL_PRACTITIONER, get("/api/v1/agreements/" + id + "/document.pdf")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains(DemoAgreements.SUPPORTING_FAMILIES, "1. Introduction to the agreement", "2. Purpose and benefits",
                "Lawful basis", "UK GDPR Art 6(1)(e)", "DPA 2018 Sch 1 Part 2 para 18", "DPA 2018 s35(5)", "3. Individuals", "4. Data",
                "The quarter in which the involvement or conviction took place", "5. Signatures", "Appendix A: Parties to this agreement",
                "Westshire Police", "Digital Economy Act 2017 Part 5", "Care Act 2014 s1", "Priya Shah");
        byte[] publicPdf = mvc.perform(get("/public/agreements/" + id + ".pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(publicPdf)) {
            String publicText = new PDFTextStripper().getText(document);
            assertThat(publicText).contains("5. Signatures", "Data Protection Officer").doesNotContain("Priya Shah");
        }
    }
}
