package org.infoshare.decision;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.support.DemoPartnership.COUNCIL_LAPSED;
import static org.infoshare.support.DemoPartnership.COUNCIL_MANAGER;
import static org.infoshare.support.DemoPartnership.COUNCIL_PRACTITIONER;
import static org.infoshare.support.DemoPartnership.NHS_PRACTITIONER;
import static org.infoshare.support.DemoPartnership.POLICE_PRACTITIONER;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DecisionApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPartnership demo;

    @Autowired
    JdbcClient jdbc;

    String council;
    String police;
    String nhs;
    String practitioner;

    @BeforeEach
    void tokens() {
        council = demo.organisation("Westshire County Council").id().toString();
        police = demo.organisation("Westshire Police").id().toString();
        nhs = demo.organisation("Westshire Community Health NHS Trust").id().toString();
        practitioner = demo.token(COUNCIL_PRACTITIONER);
    }

    @Test
    void aDecisionWithoutARationaleIsRefusedAndNothingIsWritten() throws Exception {
        String subject = subject(practitioner, "2015-03-02");
        long before = count("sharing_decision") + count("ledger_entry");
        post(practitioner, "/api/v1/decisions", decision(subject, police, "null", "\"WOULD_PLACE_CHILD_AT_RISK\"", "YES", "  "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("rationale"))
                .andExpect(jsonPath("$.errors[0].rule").value("required"));
        post(practitioner, "/api/v1/decisions", decision(subject, police, "null", "null", "YES", "x".repeat(4001)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].rule").value("max-length"));
        post(practitioner, "/api/v1/decisions", decision(subject, council, "null", "null", "YES", "Because"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("recipientOrganisationId"));
        assertThat(count("sharing_decision") + count("ledger_entry")).isEqualTo(before);
    }

    @Test
    void theLawsAnswersAreAskedForAndGatewaysBelongToTheirBodies() throws Exception {
        String subject = subject(practitioner, "2015-03-02");
        String officer = demo.token(POLICE_PRACTITIONER);
        String policeSubject = subject(officer, "2015-03-02");
        long before = count("sharing_decision") + count("ledger_entry");
        // A missing reason for not seeking consent is asked for, never turned into a refusal to share.
        post(practitioner, "/api/v1/decisions", decision(subject, police, "null", "null", "YES", "Because"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("consentNotSoughtReason"))
                .andExpect(jsonPath("$.errors[0].rule").value("required"));
        post(practitioner, "/api/v1/decisions", decision(subject, police, "null", "\"WOULD_PLACE_CHILD_AT_RISK\"", "YES", "Because")
                .replace("\"rationale\"", "\"gatewayCodes\":[\"HRA1998-A8\"],\"rationale\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].rule").value("not-a-gateway"));
        post(officer, "/api/v1/decisions", decision(policeSubject, council, "null", "\"WOULD_PLACE_CHILD_AT_RISK\"", "YES", "Because")
                .replace("\"rationale\"", "\"gatewayCodes\":[\"CA1989-S47\"],\"rationale\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].rule").value("gateway-holder"));
        assertThat(count("sharing_decision") + count("ledger_entry")).isEqualTo(before);
        // Not confidential: no consent question, shared on the lawful basis alone.
        post(practitioner, "/api/v1/decisions", decision(subject, police, "null", "null", "NO", "Already public")
                .replace("\"confidential\":true", "\"confidential\":false"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("SHARE"))
                .andExpect(jsonPath("$.schemaVersion").value(2))
                .andExpect(jsonPath("$.result.chain[?(@.code == 'UKGDPR-A6-1E')]").exists())
                .andExpect(jsonPath("$.result.consentIsLawfulBasis").value(false));
    }

    @Test
    void aChildAtRiskIsSharedWithTheChainAndAnotherOrganisationGetsNotFound() throws Exception {
        String subject = subject(practitioner, "2016-05-01");
        String body = post(practitioner, "/api/v1/decisions", decision(subject, police, "null", "\"WOULD_PLACE_CHILD_AT_RISK\"", "YES",
                "Bruises seen twice; mother's partner is known to police"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("SHARE"))
                .andExpect(jsonPath("$.status").value("DECIDED"))
                .andExpect(jsonPath("$.result.chain[?(@.code == 'UKGDPR-A6-1E')]").exists())
                .andExpect(jsonPath("$.result.chain[?(@.code == 'CL-CONFIDENCE')]").exists())
                .andExpect(jsonPath("$.stated.rationale").value("Bruises seen twice; mother's partner is known to police"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        assertThat(count("ledger_entry where action = 'decision.recorded' and subject_id = '" + id + "'")).isEqualTo(1);
        mvc.perform(get("/api/v1/decisions/" + id).header("Authorization", "Bearer " + demo.token(POLICE_PRACTITIONER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/decisions/" + id + "/authorised-share").header("Authorization", "Bearer " + practitioner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.recipientOrganisationId").value(police));
        mvc.perform(get("/api/v1/decisions/" + id).header("Authorization", "Bearer " + demo.token(COUNCIL_LAPSED)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:infoshare:problem:training-lapsed"));
    }

    @Test
    void consentBasedSharesRaiseNoticesWhenConsentIsWithdrawnAndFhirExportWorks() throws Exception {
        String subject = subject(practitioner, "2014-01-01");
        String consent = JsonPath.read(post(practitioner, "/api/v1/consents", """
                        {"subjectId":"%s","answer":"GIVEN","givenBy":"PARENTAL_RESPONSIBILITY","giverName":"Jo Parent","explicit":true,
                         "medium":"VERBAL","givenOn":"2026-11-01","givenTime":"10:15","whatWasAgreed":"Share school attendance with the NHS trust",
                         "purposes":["SAFEGUARDING_CHILD"],"recipients":["%s"]}""".formatted(subject, nhs))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("GIVEN"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        String decision = JsonPath.read(post(practitioner, "/api/v1/decisions", decision(subject, nhs, "\"" + consent + "\"", "null", "NO", "They agreed"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("SHARE"))
                .andExpect(jsonPath("$.result.consentId").value(consent))
                .andReturn().getResponse().getContentAsString(), "$.id");
        post(practitioner, "/api/v1/consents/" + consent + "/withdrawal", "{\"withdrawnOn\":\"2026-11-20\",\"notes\":\"Phoned to withdraw\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        mvc.perform(get("/api/v1/consent-withdrawal-notices").header("Authorization", "Bearer " + practitioner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.decisionId == '" + decision + "')].recipientOrganisationId").value(nhs));
        mvc.perform(get("/api/v1/consents/" + consent + "/history").header("Authorization", "Bearer " + practitioner))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].event").value("WITHDRAWN"))
                .andExpect(jsonPath("$[1].notes").value("Phoned to withdraw"));
        mvc.perform(get("/api/v1/consents/" + consent + "/fhir").header("Authorization", "Bearer " + practitioner))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/fhir+json"))
                .andExpect(jsonPath("$.resourceType").value("Consent"))
                .andExpect(jsonPath("$.status").value("inactive"));
        post(practitioner, "/api/v1/consents/" + consent + "/withdrawal", "{\"withdrawnOn\":\"2026-11-20\"}").andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from consent_record where id = '" + consent + "'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void seekAdviceGoesToTheManagerWhoseAnswersCompleteTheDecisionAndARefusalCanBeReconsidered() throws Exception {
        String subject = subject(practitioner, "2017-07-07");
        String id = JsonPath.read(post(practitioner, "/api/v1/decisions", decision(subject, police, "null", "\"WOULD_PLACE_CHILD_AT_RISK\"", "NOT_SURE", "Unsure about the marks"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("SEEK_ADVICE"))
                .andExpect(jsonPath("$.status").value("AWAITING_ADVICE"))
                .andExpect(jsonPath("$.adviserRole").value("MANAGER"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        String manager = demo.token(COUNCIL_MANAGER);
        mvc.perform(get("/api/v1/advice").header("Authorization", "Bearer " + manager))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").exists());
        post(manager, "/api/v1/decisions/" + id + "/advice", "{\"answers\":{},\"advice\":\"Talk to me\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("answers.CHILD_AT_RISK"));
        post(practitioner, "/api/v1/decisions/" + id + "/advice", "{\"answers\":{\"CHILD_AT_RISK\":\"NO\"},\"advice\":\"No\"}")
                .andExpect(status().isForbidden());
        post(manager, "/api/v1/decisions/" + id + "/advice", "{\"answers\":{\"CHILD_AT_RISK\":\"NO\"},\"advice\":\"Marks are explained by sport\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECIDED"))
                .andExpect(jsonPath("$.outcome").value("DO_NOT_SHARE"))
                .andExpect(jsonPath("$.advice.text").value("Marks are explained by sport"));
        String reconsidered = JsonPath.read(post(practitioner, "/api/v1/decisions/" + id + "/reconsideration",
                "{\"newInformation\":\"The child has now disclosed\",\"decision\":" + decision(subject, police, "null", "\"WOULD_PLACE_CHILD_AT_RISK\"", "YES", "New disclosure") + "}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("SHARE"))
                .andExpect(jsonPath("$.reconsidersId").value(id))
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(get("/api/v1/decisions/" + id).header("Authorization", "Bearer " + practitioner))
                .andExpect(jsonPath("$.reconsideredBy[0]").value(reconsidered));
        post(practitioner, "/api/v1/decisions/" + reconsidered + "/reconsideration",
                "{\"newInformation\":\"More\",\"decision\":" + decision(subject, police, "null", "null", "YES", "x") + "}")
                .andExpect(status().isConflict());
    }

    @Test
    void aRequestFromThePoliceIsRefusedWithReasonsAndReconsideredOnNewInformation() throws Exception {
        String officer = demo.token(POLICE_PRACTITIONER);
        String policeSubject = subject(officer, "2012-02-02");
        String request = JsonPath.read(post(officer, "/api/v1/requests", """
                        {"subjectId":"%s","holderOrganisationId":"%s","purpose":"SAFEGUARDING_CHILD","gatewayCode":"CA1989-S47",
                         "urgency":"URGENT","items":["address","agency-involvement"],"reason":"Strategy discussion tomorrow"}""".formatted(policeSubject, council))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(get("/api/v1/requests/inbox").header("Authorization", "Bearer " + practitioner))
                .andExpect(jsonPath("$[?(@.id == '" + request + "')].person.dateOfBirth").value("2012-02-02"));
        mvc.perform(get("/api/v1/requests/" + request).header("Authorization", "Bearer " + demo.token(NHS_PRACTITIONER)))
                .andExpect(status().isNotFound());
        String subject = subject(practitioner, "2012-02-02");
        post(practitioner, "/api/v1/requests/" + request + "/decision", "{\"decision\":" + decision(subject, police, "null", "\"NOT_REASONABLE\"", "NO", "No concern known")
                .replace("\"proportionate\":\"YES\"", "\"proportionate\":\"NO\"") + ",\"messageToRequester\":\"We hold nothing that meets the threshold\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ANSWERED"));
        mvc.perform(get("/api/v1/requests/" + request).header("Authorization", "Bearer " + officer))
                .andExpect(jsonPath("$.reply.outcome").value("DO_NOT_SHARE"))
                .andExpect(jsonPath("$.reply.message").value("We hold nothing that meets the threshold"))
                .andExpect(jsonPath("$.reply.reasons.length()").isNotEmpty());
        post(officer, "/api/v1/requests/" + request + "/new-information", "{\"newInformation\":\"A neighbour reported screaming\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"));
        post(practitioner, "/api/v1/requests/" + request + "/decision", "{\"decision\":" + decision(subject, police, "null", "\"WOULD_PLACE_CHILD_AT_RISK\"", "YES", "Now a concern")
                + ",\"messageToRequester\":\"Shared through the platform\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reply.outcome").value("SHARE"));
        String decisionId = JsonPath.read(mvc.perform(get("/api/v1/requests/" + request).header("Authorization", "Bearer " + practitioner))
                .andReturn().getResponse().getContentAsString(), "$.decisionId");
        mvc.perform(get("/api/v1/decisions/" + decisionId).header("Authorization", "Bearer " + practitioner))
                .andExpect(jsonPath("$.reconsidersId").isNotEmpty())
                .andExpect(jsonPath("$.result.chain[?(@.code == 'CA1989-S47')]").exists());
    }

    private String subject(String token, String dateOfBirth) throws Exception {
        String body = post(token, "/api/v1/subjects", "{\"reference\":\"REF-%s\",\"name\":\"Test Child\",\"dateOfBirth\":\"%s\",\"confirmedDifferent\":true}"
                .formatted(UUID.randomUUID().toString().substring(0, 18), dateOfBirth))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    static String decision(String subject, String recipient, String consentId, String notSought, String childAtRisk, String rationale) {
        return """
                {"subjectId":"%s","recipientOrganisationId":"%s","purpose":"SAFEGUARDING_CHILD","purposeLegitimate":"YES",
                 "items":[{"code":"safeguarding-concern"},{"code":"address"}],"identifiable":true,"confidential":true,
                 "consentId":%s,"consentNotSoughtReason":%s,"childAtRisk":"%s","vitalInterests":"NO","proportionate":"YES",
                 "lessIntrusiveMeans":"NO","outsideUk":"NO","informPerson":"NO","notInformReason":"WOULD_CREATE_OR_INCREASE_RISK",
                 "rationale":"%s"}""".formatted(subject, recipient, consentId, notSought, childAtRisk, rationale);
    }

    private ResultActions post(String token, String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long count(String tableAndWhere) {
        return jdbc.sql("select count(*) from " + tableAndWhere).query(Long.class).single();
    }
}
