package org.infoshare.complaint;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.clock.StatutoryClock;
import org.infoshare.ledger.LedgerQueries;
import org.infoshare.ledger.LedgerRecord;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.RowCounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The complaints register through its API: the organisation's own deadlines, each step, linked records. */
@IntegrationTest
class ComplaintApiIT {

    static final String DPO = "dpo@westshire-nhs.example";
    static final String MANAGER = "manager@westshire-nhs.example";
    static final String HEALTH_VISITOR = "practitioner@westshire-nhs.example";
    static final String COUNCIL_DPO = DemoPartnership.COUNCIL_DPO;

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired JdbcClient jdbc;
    @Autowired LedgerQueries ledger;
    @Autowired StatutoryClock statutoryClock;

    private final Map<String, String> tokens = new HashMap<>();

    private ResultActions call(String username, MockHttpServletRequestBuilder request, String body) throws Exception {
        String token = tokens.computeIfAbsent(username, demo::token);
        request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
        return mvc.perform(body == null ? request : request.content(body));
    }

    private String record(LocalDate receivedOn) throws Exception {
        return call(DPO, post("/api/v1/complaints"), """
                {"receivedOn":"%s","channel":"LETTER","complainant":"A parent, by letter to 3 Mill Lane","summary":"My son's health records were shared with the school without asking me",
                 "topics":["SHARED_WITHOUT_CONSENT"]}""".formatted(receivedOn))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aComplaintIsReceivedAcknowledgedInvestigatedAndClosedAgainstTheOrganisationsOwnDeadlines() throws Exception {
        LocalDate today = statutoryClock.today();
        String recorded = record(today);
        String id = JsonPath.read(recorded, "$.id");
        var nation = statutoryClock.nationOf(demo.organisation("Westshire Community Health NHS Trust").id());
        int acknowledgeDays = JsonPath.read(recorded, "$.acknowledgeDays");
        int respondDays = JsonPath.read(recorded, "$.respondDays");
        assertThat(JsonPath.<String>read(recorded, "$.acknowledgeBy"))
                .isEqualTo(statutoryClock.workingDaysAfter(today, acknowledgeDays, nation).dueOn().toString());
        assertThat(JsonPath.<String>read(recorded, "$.respondBy"))
                .isEqualTo(statutoryClock.workingDaysAfter(today, respondDays, nation).dueOn().toString());
        String path = "/api/v1/complaints/" + id;

        call(DPO, post(path + "/investigator"), "{\"investigatorId\":\"" + demo.userId(MANAGER) + "\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("acknowledge-first"));
        call(DPO, post(path + "/acknowledgement"), "{\"acknowledgedOn\":\"" + today.minusDays(1) + "\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].rule").value("after-receipt"));
        call(DPO, post(path + "/acknowledgement"), null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACKNOWLEDGED"))
                .andExpect(jsonPath("$.acknowledgeStanding").doesNotExist());
        call(DPO, post(path + "/acknowledgement"), null).andExpect(status().isConflict());
        call(DPO, post(path + "/investigator"), "{\"investigatorId\":\"" + demo.userId(COUNCIL_DPO) + "\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].rule").value("own-staff"));
        call(DPO, post(path + "/investigator"), "{\"investigatorId\":\"" + demo.userId(MANAGER) + "\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("INVESTIGATING"));
        assertThat(jdbc.sql("select waiting from notification where link = :link and recipient_user = :manager")
                .param("link", "/complaints/" + id).param("manager", demo.userId(MANAGER)).query(String.class).list()).containsExactly("COMPLAINT");

        // The investigator reads it and records the outcome; a colleague who is not investigating cannot see it.
        call(MANAGER, get(path), null).andExpect(status().isOk()).andExpect(jsonPath("$.summary").isNotEmpty());
        call(HEALTH_VISITOR, get(path), null).andExpect(status().isNotFound());
        call(COUNCIL_DPO, get(path), null).andExpect(status().isNotFound());
        call(MANAGER, post(path + "/links"), "{\"kind\":\"INCIDENT\",\"recordId\":\"" + UUID.randomUUID() + "\"}").andExpect(status().isForbidden());
        call(MANAGER, post(path + "/outcome"), "{\"outcome\":\"PARTLY_UPHELD\",\"findings\":\"Shared lawfully to safeguard, but the parent was not told\","
                + "\"actions\":\"Remind the team to record why a parent was not told\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED")).andExpect(jsonPath("$.outcome").value("PARTLY_UPHELD"))
                .andExpect(jsonPath("$.respondStanding").doesNotExist());
        call(DPO, post(path + "/links"), "{\"kind\":\"INCIDENT\",\"recordId\":\"" + UUID.randomUUID() + "\"}").andExpect(status().isConflict());
        call(DPO, post(path + "/ico-referral"), "{\"referredOn\":\"" + today + "\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.icoReferredOn").value(today.toString()));

        assertThat(ledger.forSubject("complaint", id)).extracting(LedgerRecord::action).containsExactly("complaint.received",
                "complaint.acknowledged", "complaint.investigator-assigned", "complaint.closed", "complaint.ico-referral-recorded");
        assertThat(ledger.forSubject("complaint", id).stream().map(e -> e.details().toString()).toList())
                .noneMatch(details -> details.contains("Mill Lane") || details.contains("parent"));
    }

    @Test
    void aComplaintIsLinkedToTheRecordsItConcernsInItsOwnOrganisationOnly() throws Exception {
        String id = JsonPath.read(record(statutoryClock.today()), "$.id");
        String path = "/api/v1/complaints/" + id;
        String incident = JsonPath.read(call(HEALTH_VISITOR, post("/api/v1/incidents"), """
                {"kind":"OVERHEARD","account":"Discussed a family in the waiting room","dataAffected":["CHILDREN"]}""")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String councilIncident = JsonPath.read(call(DemoPartnership.COUNCIL_PRACTITIONER, post("/api/v1/incidents"), """
                {"kind":"OTHER","account":"Something at the council","dataAffected":["IDENTIFIERS"]}""")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");

        call(DPO, post(path + "/links"), "{\"kind\":\"INCIDENT\",\"recordId\":\"" + councilIncident + "\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].rule").value("unknown-record"));
        call(DPO, post(path + "/links"), "{\"kind\":\"DISCLOSURE\",\"recordId\":\"" + UUID.randomUUID() + "\"}")
                .andExpect(status().isUnprocessableContent());
        call(DPO, post(path + "/links"), "{\"kind\":\"DECISION\",\"recordId\":\"" + UUID.randomUUID() + "\"}")
                .andExpect(status().isUnprocessableContent());
        call(DPO, post(path + "/links"), "{\"kind\":\"INCIDENT\",\"recordId\":\"" + incident + "\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.links[0].recordId").value(incident));
        call(DPO, post(path + "/links"), "{\"kind\":\"INCIDENT\",\"recordId\":\"" + incident + "\"}").andExpect(status().isConflict());
    }

    @Test
    void theOrganisationSetsItsOwnDeadlinesForNewComplaintsAndRefusalsWriteNothing() throws Exception {
        tokens.computeIfAbsent(DPO, demo::token);
        tokens.computeIfAbsent(HEALTH_VISITOR, demo::token);
        Map<String, Long> before = counts();
        call(DPO, put("/api/v1/complaints/deadlines"), "{\"acknowledgeDays\":10,\"respondDays\":5}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].rule").value("after-acknowledgement"));
        call(DPO, put("/api/v1/complaints/deadlines"), "{\"acknowledgeDays\":0,\"respondDays\":5}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("acknowledgeDays"));
        call(HEALTH_VISITOR, put("/api/v1/complaints/deadlines"), "{\"acknowledgeDays\":2,\"respondDays\":5}").andExpect(status().isForbidden());
        call(HEALTH_VISITOR, post("/api/v1/complaints"), "{}").andExpect(status().isForbidden());
        call(DPO, post("/api/v1/complaints"), "{\"topics\":[]}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("receivedOn")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("topics")));
        call(DPO, post("/api/v1/complaints"), """
                {"receivedOn":"%s","channel":"EMAIL","complainant":"x","summary":"x","topics":["OTHER"]}""".formatted(statutoryClock.today().plusDays(1)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].rule").value("not-future"));
        assertThat(counts()).isEqualTo(before);

        var original = call(DPO, get("/api/v1/complaints/deadlines"), null).andReturn().getResponse().getContentAsString();
        try {
            call(DPO, put("/api/v1/complaints/deadlines"), "{\"acknowledgeDays\":2,\"respondDays\":15}").andExpect(status().isOk());
            String recorded = record(statutoryClock.today().minusDays(30));
            assertThat(JsonPath.<Integer>read(recorded, "$.acknowledgeDays")).isEqualTo(2);
            assertThat(JsonPath.<Integer>read(recorded, "$.respondDays")).isEqualTo(15);
            assertThat(JsonPath.<String>read(recorded, "$.acknowledgeStanding")).isEqualTo("OVERDUE");
            call(DPO, get("/api/v1/complaints").param("open", "true"), null)
                    .andExpect(jsonPath("$[?(@.id == '" + JsonPath.read(recorded, "$.id") + "')].owedStanding", hasItem("OVERDUE")));
        } finally {
            call(DPO, put("/api/v1/complaints/deadlines"), original).andExpect(status().isOk());
        }
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new HashMap<>(RowCounts.of(jdbc));
        for (String table : List.of("complaint", "complaint_link", "complaint_settings")) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }
}
