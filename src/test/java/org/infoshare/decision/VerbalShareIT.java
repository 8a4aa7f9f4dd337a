package org.infoshare.decision;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.ShareDecisions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.support.DemoPartnership.COUNCIL_DPO;
import static org.infoshare.support.DemoPartnership.COUNCIL_MANAGER;
import static org.infoshare.support.DemoPartnership.COUNCIL_PRACTITIONER;
import static org.infoshare.support.DemoPartnership.POLICE_PRACTITIONER;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An urgent share made by telephone or in person is recorded against its decision and then confirmed in
 * writing (004 §6): what is recorded, what is sealed, what is ledgered, and every refusal writing nothing.
 */
@IntegrationTest
class VerbalShareIT {

    private static final String TOLD = "DS Tom Harris, by telephone";

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired JdbcClient jdbc;

    /** Issued before anything is counted: issuing a token is itself ledgered. */
    private final Map<String, String> tokens = new HashMap<>();

    @BeforeEach
    void tokens() {
        for (String username : List.of(COUNCIL_PRACTITIONER, COUNCIL_MANAGER, COUNCIL_DPO, POLICE_PRACTITIONER)) {
            tokens.put(username, demo.token(username));
        }
    }

    @Test
    void aVerbalShareIsRecordedSealedAndThenConfirmedInWriting() throws Exception {
        UUID decision = new ShareDecisions(mvc, demo).toPolice(COUNCIL_PRACTITIONER).decisionId();
        OffsetDateTime sharedAt = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(30).truncatedTo(ChronoUnit.SECONDS);

        send(COUNCIL_PRACTITIONER, post("/api/v1/decisions/" + decision + "/verbal-share"), verbal(sharedAt, TOLD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verbalShare.sharedWith").value(TOLD))
                .andExpect(jsonPath("$.verbalShare.writtenConfirmationAt").value(org.hamcrest.Matchers.nullValue()));
        assertThat(sealedColumn(decision)).as("who was told is sealed").doesNotContain("Harris");
        assertThat(awaitingWriting(decision)).isTrue();

        // A manager in the same organisation confirms it in writing.
        send(COUNCIL_MANAGER, post("/api/v1/decisions/" + decision + "/written-confirmation"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verbalShare.sharedWith").value(TOLD))
                .andExpect(jsonPath("$.verbalShare.writtenConfirmationAt").isNotEmpty());
        assertThat(awaitingWriting(decision)).isFalse();
        assertThat(actions(decision)).containsSubsequence("decision.verbal-share-recorded", "decision.written-confirmation-recorded");
        assertThat(ledgerDetails(decision)).as("the ledger holds no personal data").doesNotContain("Harris");

        long before = writes();
        send(COUNCIL_PRACTITIONER, post("/api/v1/decisions/" + decision + "/verbal-share"), verbal(sharedAt, TOLD))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("already-recorded"));
        send(COUNCIL_PRACTITIONER, post("/api/v1/decisions/" + decision + "/written-confirmation"), null)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("no-verbal-share"));
        assertThat(writes()).isEqualTo(before);
    }

    @Test
    void badOrUnauthorisedVerbalSharesAreRefusedAndNothingIsWritten() throws Exception {
        UUID decision = new ShareDecisions(mvc, demo).toPolice(COUNCIL_PRACTITIONER).decisionId();
        String path = "/api/v1/decisions/" + decision + "/verbal-share";
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long before = writes();

        send(COUNCIL_PRACTITIONER, post(path), "{\"sharedAt\":null,\"sharedWith\":\" \"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("sharedAt", "sharedWith")));
        send(COUNCIL_PRACTITIONER, post(path), verbal(now.plusHours(1), TOLD))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("sharedAt")).andExpect(jsonPath("$.errors[0].rule").value("when"));
        send(COUNCIL_PRACTITIONER, post(path), verbal(now.minusDays(2), TOLD))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].rule").value("when"));
        send(COUNCIL_PRACTITIONER, post(path), verbal(now.minusMinutes(5), "x".repeat(201)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("sharedWith"));
        send(COUNCIL_DPO, post(path), verbal(now.minusMinutes(5), TOLD)).andExpect(status().isForbidden());
        send(POLICE_PRACTITIONER, post(path), verbal(now.minusMinutes(5), TOLD))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.type").value("urn:infoshare:problem:not-found"));
        send(COUNCIL_PRACTITIONER, post("/api/v1/decisions/" + UUID.randomUUID() + "/verbal-share"), verbal(now.minusMinutes(5), TOLD))
                .andExpect(status().isNotFound());
        send(COUNCIL_PRACTITIONER, post("/api/v1/decisions/" + decision + "/written-confirmation"), null)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("no-verbal-share"));
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(verbal(now.minusMinutes(5), TOLD)))
                .andExpect(status().isUnauthorized());

        assertThat(writes()).isEqualTo(before);
        assertThat(awaitingWriting(decision)).isFalse();
    }

    private ResultActions send(String username, MockHttpServletRequestBuilder request, String body) throws Exception {
        request.header("Authorization", "Bearer " + tokens.get(username));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    private static String verbal(OffsetDateTime sharedAt, String sharedWith) {
        return "{\"sharedAt\":\"%s\",\"sharedWith\":\"%s\"}".formatted(sharedAt, sharedWith);
    }

    /** Is the decision on the organisation's list of verbal shares waiting for written confirmation? */
    private boolean awaitingWriting(UUID decision) throws Exception {
        String page = mvc.perform(get("/api/v1/decisions/" + decision).header("Authorization", "Bearer " + tokens.get(COUNCIL_PRACTITIONER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Object verbal = com.jayway.jsonpath.JsonPath.read(page, "$.verbalShare");
        return verbal != null && com.jayway.jsonpath.JsonPath.read(page, "$.verbalShare.writtenConfirmationAt") == null;
    }

    private String sealedColumn(UUID decision) {
        byte[] sealed = jdbc.sql("select verbal_shared_with_enc from sharing_decision where id = :id").param("id", decision)
                .query(byte[].class).single();
        return new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private List<String> actions(UUID decision) {
        return jdbc.sql("select action from ledger_entry where subject_type = 'decision' and subject_id = :id order by id")
                .param("id", decision.toString()).query(String.class).list();
    }

    private String ledgerDetails(UUID decision) {
        return String.join(" ", jdbc.sql("select details::text from ledger_entry where subject_type = 'decision' and subject_id = :id")
                .param("id", decision.toString()).query(String.class).list());
    }

    private long writes() {
        return jdbc.sql("select (select count(*) from ledger_entry) + (select count(*) from sharing_decision where verbal_shared_at is not null)"
                + " + (select count(*) from sharing_decision where written_confirmed_at is not null)").query(Long.class).single();
    }
}
