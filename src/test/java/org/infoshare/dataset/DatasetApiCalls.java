package org.infoshare.dataset;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.agreement.AgreementRegister;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Team;
import org.infoshare.ledger.LedgerQueries;
import org.infoshare.ledger.LedgerRecord;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.TestAgreements;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dataset API as the tests drive it: two fresh agreements between the police and the council, each with
 * the police's specification of what they send the council's assessment team (and, under the first, what the
 * council sends the police's Public Protection Desk); uploads, downloads and what they left behind.
 */
final class DatasetApiCalls {

    static final String POLICE_DPO = "dpo@westshire-police.example";
    static final String POLICE_PRACTITIONER = DemoPartnership.POLICE_PRACTITIONER;
    static final String COUNCIL_DPO = DemoPartnership.COUNCIL_DPO;
    static final String COUNCIL_PRACTITIONER = DemoPartnership.COUNCIL_PRACTITIONER;
    static final String COUNCIL_EARLY_HELP = "earlyhelp@westshire-council.example";
    static final String COUNCIL_LAPSED = "lapsed@westshire-council.example";
    static final String COUNCIL_ADMIN = "admin@westshire-council.example";
    static final String NHS_PRACTITIONER = "practitioner@westshire-nhs.example";
    static final String HEADER = "person-ref,family-ref,given-name,date-of-birth,crime-involvement,victim-or-perpetrator\n";

    /** Two agreements in force with their dataset specifications: pseudonyms differ between them. */
    record Agreements(UUID agreement, UUID otherAgreement) {
    }

    private final MockMvc mvc;
    private final DemoPartnership demo;
    private final AgreementRegister register;
    private final DirectoryLookup directory;
    private final JdbcClient jdbc;
    private final LedgerQueries ledger;
    private final Map<String, String> tokens = new HashMap<>();

    DatasetApiCalls(MockMvc mvc, DemoPartnership demo, AgreementRegister register, DirectoryLookup directory, JdbcClient jdbc,
                    LedgerQueries ledger) {
        this.mvc = mvc;
        this.demo = demo;
        this.register = register;
        this.directory = directory;
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /** Two new agreements titled after {@code name}, specified for datasets both ways. */
    Agreements agreements(String name) throws Exception {
        TestAgreements agreements = new TestAgreements(mvc, demo, register);
        UUID agreement = agreements.activeCopy(name + " A");
        UUID other = agreements.activeCopy(name + " B");
        for (UUID id : List.of(agreement, other)) {
            specification(id);
        }
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/dataset-specifications")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"agreementId":"%s","recipientOrganisationId":"%s","recipientTeamId":"%s","columns":[
                         {"name":"person-ref","item":"name-and-contact-details","type":"TEXT","required":true,"pseudonymise":false},
                         {"name":"date-of-birth","item":"date-of-birth","type":"DATE","required":true,"pseudonymise":false}]}"""
                        .formatted(agreement, police(), team(police(), "Public Protection Desk"))))
                .andExpect(status().isCreated());
        return new Agreements(agreement, other);
    }

    private void specification(UUID agreementId) throws Exception {
        mvc.perform(as(POLICE_DPO, post("/api/v1/dataset-specifications")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"agreementId":"%s","recipientOrganisationId":"%s","recipientTeamId":"%s","columns":[
                         {"name":"person-ref","item":"name-and-contact-details","type":"TEXT","required":true,"pseudonymise":true,"maxLength":40},
                         {"name":"family-ref","item":"name-and-contact-details","type":"TEXT","required":false,"pseudonymise":true},
                         {"name":"given-name","item":"name-and-contact-details","type":"TEXT","required":false,"pseudonymise":false},
                         {"name":"date-of-birth","item":"date-of-birth","type":"DATE","required":true,"pseudonymise":false},
                         {"name":"crime-involvement","item":"crime-involvement","type":"BOOLEAN","required":true,"pseudonymise":false},
                         {"name":"victim-or-perpetrator","item":"victim-or-perpetrator","type":"CODE","required":false,"pseudonymise":false,
                          "allowedValues":["VICTIM","PERPETRATOR","BOTH"]}]}"""
                        .formatted(agreementId, council(), team(council(), "Children's Social Care – Assessment"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.columns.length()").value(6));
    }

    UUID council() {
        return demo.organisation("Westshire County Council").id();
    }

    UUID police() {
        return demo.organisation("Westshire Police").id();
    }

    UUID team(UUID organisation, String name) {
        return directory.teams(organisation).stream().filter(t -> t.name().equals(name)).map(Team::id).findFirst().orElseThrow();
    }

    String token(String username) {
        return tokens.computeIfAbsent(username, demo::token);
    }

    MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + token(username));
    }

    ResultActions upload(String username, UUID agreementId, UUID recipient, String body, String key, String columns) throws Exception {
        MockHttpServletRequestBuilder request = as(username, post("/api/v1/datasets"))
                .param("agreementId", agreementId.toString()).param("recipientId", recipient.toString())
                .contentType("text/csv").content(body.getBytes(StandardCharsets.UTF_8));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        if (columns != null) {
            request.param("columns", columns);
        }
        return mvc.perform(request);
    }

    /** The police's rows published to the council under this agreement. */
    UUID published(UUID agreement, String body) throws Exception {
        String response = upload(POLICE_PRACTITIONER, agreement, council(), body, "k-" + UUID.randomUUID(), null)
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(response, "$.id"));
    }

    String rows(UUID id, String username) throws Exception {
        return mvc.perform(as(username, get("/api/v1/datasets/" + id + "/rows.csv")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    int blocks(UUID uploadId) {
        return jdbc.sql("select count(*) from dataset_block where upload_id = :id").param("id", uploadId).query(Integer.class).single();
    }

    List<String> actions(UUID id) {
        return ledger.forSubject("dataset", id.toString()).stream().map(LedgerRecord::action).toList();
    }
}
